using Airspace.Core.Commands;
using Airspace.Core.Ingest;
using Airspace.Core.Publishing;
using Airspace.Core.Roles;
using Airspace.Core.Search;
using Airspace.Core.Summaries;
using Airspace.Discord;
using Airspace.Feeds;
using Airspace.Llm;
using Airspace.Search;
using Airspace.Telegram;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Airspace.Host.Composition;

/// <summary>The whole composition, explicit: every project's AddXxx, the console channel, and (for <c>run</c>) the loops.</summary>
public static class AirspaceServiceCollectionExtensions
{
    /// <summary>Everything the CLI verbs and the bot share: store, index, ingest, commands, console channel.</summary>
    public static IServiceCollection AddAirspace(this IServiceCollection services, IConfiguration configuration)
    {
        var airspace = configuration.GetSection("Airspace");
        services.TryAddSingleton(TimeProvider.System);
        services.AddValidatedOptions<AirspaceOptions>(airspace);
        services.AddValidatedOptions<SeedOptions>(airspace.GetSection("Seed"));
        services.AddValidatedOptions<HttpOptions>(airspace.GetSection("Http"));
        services.AddValidatedOptions<ConsoleOptions>(airspace.GetSection("Console"));
        services.AddValidatedOptions<ChatLanguageOptions>(configuration.GetSection(ChatLanguageOptions.SectionName));
        services.AddValidatedOptions<PlannerOptions>(airspace.GetSection("Publisher")); // the planner's earlier name
        services.AddValidatedOptions<DispatcherOptions>(airspace.GetSection("Dispatcher"));
        services.AddValidatedOptions<SearchIndexerOptions>(airspace.GetSection("Search:Indexer"));
        services.AddValidatedOptions<SummarizerOptions>(airspace.GetSection("Summarizer"));
        services.AddValidatedOptions<Core.Schedules.ScheduleOptions>(airspace);
        services.AddValidatedOptions<RoleOptions>(airspace.GetSection("Roles"));
        services.AddValidatedOptions<Core.Health.StoreProbeOptions>(configuration.GetSection(Core.Health.StoreProbeOptions.SectionName));

        services.AddSingleton<StoreSignals>();
        services.AddSingleton<Core.Health.StoreAvailability>();
        services.AddSingleton<Core.Health.StoreProbe>();
        services.AddAirspaceLlm(configuration);
        services.TryAddSingleton<ISummarizer>(sp => new ExtractiveSummarizer(sp.GetRequiredService<IOptions<SummarizerOptions>>().Value));
        services.AddSingleton<ArticleNormalizer>();
        services.AddSingleton<ArticleIngestor>();
        services.AddSingleton<DeliveryPlanner>();
        services.AddSingleton<Core.Schedules.SubscriptionClock>();
        services.AddSingleton<DigestScheduler>();
        services.TryAddSingleton<IJitterSource, SharedRandomJitter>();
        services.AddSingleton<DeliveryDispatcher>();
        services.AddSingleton<SearchIndexBuild>();
        services.AddSingleton<SearchIndexer>();
        services.AddSingleton<IChatCommand, LatestCommand>();
        services.AddSingleton<IChatCommand, SearchCommand>();
        services.AddSingleton<IChatCommand, SummaryCommand>();
        services.AddSingleton<IChatCommand, SubscribeCommand>();
        services.AddSingleton<IChatCommand, UnsubscribeCommand>();
        services.AddSingleton<IChatCommand, SubscriptionsCommand>();
        services.AddSingleton<IChatCommand, SourcesCommand>();
        services.AddSingleton<CommandRouter>();

        services.AddAirspaceStorage(configuration);
        services.AddLuceneSearch(configuration);
        services.AddAirspaceFeeds(configuration);
        // Adapters add their checks; /healthz and the heartbeat report Unhealthy when one has stopped for good.
        services.AddHealthChecks()
            .AddCheck<StoreHealthCheck>("store", timeout: TimeSpan.FromSeconds(10))
            .AddCheck<SearchIndexHealthCheck>("search", HealthStatus.Degraded, timeout: TimeSpan.FromSeconds(10))
            .AddCheck<SourcesHealthCheck>("sources", timeout: TimeSpan.FromSeconds(10));
        services.AddAirspaceTelegram(configuration);
        services.AddAirspaceDiscord(configuration);

        services.TryAddSingleton(new ConsoleOutput(Console.Out));
        services.AddSingleton<IChatSender, ConsoleChatSender>();
        services.AddSingleton<SampleSeeder>();
        services.AddSingleton<Core.Articles.IDemoMode>(sp => new ConfiguredDemoMode(configuration, sp.GetRequiredService<Core.Sources.ISourceStore>()));
        return services;
    }

    /// <summary>
    /// The bot's loops, one thin hosted service each. Singleton roles run only in the process holding the role's lease
    /// (always this one on SQLite); the others run in every replica.
    /// </summary>
    public static IServiceCollection AddAirspaceWorkers(this IServiceCollection services)
    {
        services.AddHostedService<SeedWorker>();
        services.AddSingletonRole<PlannerWorker>(SingletonRoles.Publisher);
        services.AddHostedService<DispatcherWorker>();
        // Replicas on PostgreSQL leave a platform they cannot send to the one with its token; a single SQLite process
        // releases its deliveries with a note. A platform's role is asked for only where it has a sender.
        services.TryAddSingleton(sp => new Core.Publishing.DispatchLaneRoles
        {
            Replicated = sp.GetService<IOptions<Configuration.StorageProviderOptions>>()?.Value.IsPostgres ?? false,
        });
        foreach (var platform in Core.Publishing.DispatchLaneRoles.Platforms)
        {
            services.AddSingletonRole(SingletonRoles.Dispatch(platform), sp =>
                sp.GetServices<Core.Publishing.IChatSender>().Any(sender => sender.Platform == platform)
                    ? new DispatchRoleWorker(platform, sp.GetRequiredService<Core.Publishing.DispatchLaneRoles>(), sp.GetRequiredService<Core.StoreSignals>())
                    : null);
        }

        services.AddSingletonRole<DigestWorker>(SingletonRoles.Digest);
        services.AddHostedService<SearchIndexWorker>();
        services.AddSingletonRole<InboxWorker>(SingletonRoles.Inbox);
        services.AddSingletonRole<FeedPollWorker>(SingletonRoles.Feeds);
        services.AddHostedService<HeartbeatWorker>();
        services.AddHostedService<StoreProbeWorker>();
        services.AddHostedService<ConsoleCommandWorker>();
        return services;
    }
}
