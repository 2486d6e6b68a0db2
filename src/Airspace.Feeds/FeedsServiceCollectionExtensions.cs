using Airspace.Feeds.Files;
using Airspace.Feeds.Inbox;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Airspace.Feeds;

public static class FeedsServiceCollectionExtensions
{
    /// <summary>Article file reading and the inbox folder (<c>Airspace:Inbox:Path</c>, default <c>&lt;data&gt;/inbox</c>).</summary>
    public static IServiceCollection AddAirspaceFeeds(this IServiceCollection services, IConfiguration configuration)
    {
        var airspace = configuration.GetSection("Airspace");
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<ArticleFileReaderOptions>().Bind(airspace.GetSection("Files"));
        services.AddSingleton(sp => new ArticleFileReader(sp.GetRequiredService<IOptions<ArticleFileReaderOptions>>().Value));
        services.AddOptions<InboxOptions>()
            .Configure(o =>
            {
                o.Path = Path.Combine(airspace["DataDirectory"] is { Length: > 0 } data ? data : "./data", "inbox");
                airspace.GetSection("Inbox").Bind(o);
            })
            .Validate(o => o.Validate() is null, "Airspace:Inbox is invalid: Path must be set, RescanInterval at least 00:00:00.1 and SettleTime at most 00:01:00.")
            .ValidateOnStart();
        services.AddSingleton<InboxImporter>();
        services.AddSingleton<InboxWatcher>();
        return services;
    }
}
