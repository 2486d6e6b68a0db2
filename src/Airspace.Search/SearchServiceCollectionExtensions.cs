using Airspace.Core.Search;

namespace Airspace.Search;

public static class SearchServiceCollectionExtensions
{
    public const string IndexPathKey = "Airspace:Search:IndexPath";
    public const string DataDirectoryKey = "Airspace:DataDirectory";
    public const string DefaultDataDirectory = "./data";

    /// <summary>
    /// Registers <see cref="LuceneSearchIndex"/> as the singleton <see cref="ISearchIndex"/>. The index lives at
    /// <c>Airspace:Search:IndexPath</c>, else at <c>index</c> under <c>Airspace:DataDirectory</c> (default ./data).
    /// </summary>
    public static IServiceCollection AddLuceneSearch(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddValidatedOptions<SearchOptions>(configuration.GetSection("Airspace:Search"))
            .Configure(o => o.IndexPath = ResolveIndexPath(configuration));
        services.TryAddSingleton<ISearchIndex, LuceneSearchIndex>();
        return services;
    }

    internal static string ResolveIndexPath(IConfiguration configuration)
    {
        var explicitPath = configuration[IndexPathKey];
        if (!string.IsNullOrWhiteSpace(explicitPath))
        {
            return explicitPath;
        }

        var dataDirectory = configuration[DataDirectoryKey];
        return Path.Combine(string.IsNullOrWhiteSpace(dataDirectory) ? DefaultDataDirectory : dataDirectory, "index");
    }
}
