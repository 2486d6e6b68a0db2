using Airspace.Core.Commands;
using Airspace.Core.Ingest;
using Airspace.Core.Sources;

namespace Airspace.Feeds;

public static class FeedsServiceCollectionExtensions
{
    /// <summary>Article file reading and the inbox folder (<c>Airspace:Inbox:Path</c>, default <c>&lt;data&gt;/inbox</c>).</summary>
    public static IServiceCollection AddAirspaceFeeds(this IServiceCollection services, IConfiguration configuration)
    {
        var airspace = configuration.GetSection("Airspace");
        services.TryAddSingleton(TimeProvider.System);
        services.AddValidatedOptions<ArticleFileReaderOptions>(airspace.GetSection("Files"));
        services.AddSingleton(sp => new ArticleFileReader(sp.GetRequiredService<IOptions<ArticleFileReaderOptions>>().Value));
        services.AddValidatedOptions<InboxOptions>(
            airspace.GetSection("Inbox"),
            defaults: o => o.Path = Path.Combine(airspace["DataDirectory"] is { Length: > 0 } data ? data : "./data", "inbox"));
        services.AddSingleton<ArticleFileImporter>();
        services.AddSingleton<InboxImporter>();
        services.AddSingleton<InboxWatcher>();
        services.AddSourceFeeds(configuration);
        return services;
    }

    /// <summary>
    /// Feed and WordPress sources: <c>Airspace:Sources</c> (configured sources), <c>Airspace:Feeds</c> (fetching and
    /// polling) and <c>Airspace:Operators</c> (who sees the sources' hosts and errors), the guarded fetcher (also behind <c>/summary &lt;url&gt;</c>) and the poller. The
    /// host registers the source stores (<see cref="ISourceStore"/>, <see cref="ISourceStateStore"/>) and every chat
    /// command, <c>/sources</c> included.
    /// </summary>
    private static IServiceCollection AddSourceFeeds(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<FeedsOptions>(configuration.GetSection(FeedsOptions.SectionName));

        // Airspace:Sources is an array: it binds to SourcesOptions.Sources from the parent section.
        services.AddValidatedOptions<SourcesOptions>(configuration.GetSection("Airspace"));

        services.AddSingleton<HttpFetcher>();
        services.AddSingleton<PageArticleFetcher>();
        services.TryAddSingleton<IArticleFetcher>(sp => sp.GetRequiredService<PageArticleFetcher>());
        services.AddSingleton<SourceCatalog>();
        services.TryAddSingleton<ISourceCatalog>(sp => sp.GetRequiredService<SourceCatalog>());
        services.AddSingleton<SourceItemIngestor>();
        services.AddSingleton<SourceNotifier>();
        services.TryAddSingleton<IJitterSource, SharedRandomJitter>();
        services.AddSingleton<SourcePoller>();
        services.AddSingleton<Discovery.FeedDiscovery>();
        services.AddSingleton<Opml.OpmlImporter>();
        services.AddSingleton<SourcePollLoop>();
        services.AddSingleton<SourceAdmin>();
        services.TryAddSingleton<ISourceAdmin>(sp => sp.GetRequiredService<SourceAdmin>());
        services.AddValidatedOptions<OperatorsOptions>(configuration.GetSection(OperatorsOptions.SectionName));
        return services;
    }
}
