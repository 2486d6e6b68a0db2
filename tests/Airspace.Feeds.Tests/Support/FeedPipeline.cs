using Airspace.Core;
using Airspace.Core.Articles;
using Airspace.Core.Ingest;
using Airspace.Core.Publishing;
using Airspace.Core.Sources;
using Airspace.Core.Subscriptions;
using Airspace.Core.Summaries;
using Airspace.Feeds.Sources;
using Airspace.Storage.Sqlite;
using Airspace.Storage.Sqlite.Sources;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Airspace.Feeds.Tests.Support;

/// <summary>
/// The ingest side of the bot for real: SQLite store, ingestor, publisher (planner) and dispatcher with a recording
/// console sender, plus the feeds services. Building another one on the same directory is a restart.
/// </summary>
public sealed class FeedPipeline : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private FeedPipeline(ServiceProvider services, RecordingSender sender)
    {
        _services = services;
        Sender = sender;
    }

    public RecordingSender Sender { get; }

    public T Get<T>() where T : notnull => _services.GetRequiredService<T>();

    public SourcePoller Poller => Get<SourcePoller>();

    public static FeedPipeline Create(string dataDirectory, IDictionary<string, string?>? settings = null)
    {
        var values = new Dictionary<string, string?>
        {
            ["Airspace:DataDirectory"] = dataDirectory,
            ["Airspace:Storage:Pooling"] = "false",
            ["Airspace:Feeds:PerHostDelay"] = "00:00:00",
            ["Airspace:Feeds:Timeout"] = "00:00:05",
            ["Airspace:Feeds:FailureThreshold"] = "3",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var sender = new RecordingSender();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<StoreSignals>();
        services.AddSingleton<ISummarizer>(new ExtractiveSummarizer(new SummarizerOptions()));
        services.AddSingleton<ArticleNormalizer>();
        services.AddSingleton<ArticleIngestor>();
        services.AddSingleton(Options.Create(new PlannerOptions()));
        services.AddSingleton(Options.Create(new DispatcherOptions()));
        services.AddSingleton<IDemoMode>(FixedDemoMode.Off);
        services.AddSingleton(Options.Create(new Core.Schedules.ScheduleOptions()));
        services.AddSingleton<Core.Schedules.SubscriptionClock>();
        services.AddSingleton<DeliveryPlanner>();
        services.AddSingleton<DeliveryDispatcher>();
        services.AddSingleton<IChatSender>(sender);
        services.AddSqliteStorage(configuration);
        services.AddSqliteSourceStorage();
        services.AddAirspaceFeeds(configuration);
        return new FeedPipeline(services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true }), sender);
    }

    public Task SubscribeAsync() => Get<ISubscriptionStore>().AddAsync(ChannelAddress.ConsoleChannel, [], 0, CancellationToken.None);

    /// <summary>Runs the publisher (plans deliveries for new change-log events); returns how many it planned.</summary>
    public Task<int> PlanAsync() => Get<DeliveryPlanner>().RunOnceAsync(CancellationToken.None);

    /// <summary>Plans and sends everything due; returns the posts the channel received in this call.</summary>
    public async Task<List<Post>> PublishAsync()
    {
        var before = Sender.Posts.Count;
        await PlanAsync();
        while (await Get<DeliveryDispatcher>().RunOnceAsync(CancellationToken.None) > 0)
        {
        }

        return [.. Sender.Posts.Skip(before)];
    }

    public Task<SourceState> StateAsync(string source) => Get<ISourceStateStore>().GetAsync(source, CancellationToken.None);

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        SqliteConnection.ClearAllPools();
    }
}
