using Airspace.Core.Articles;
using Airspace.Core.Interactions;
using Airspace.Core.Publishing;
using Airspace.Core.Sources;
using Airspace.Core.State;
using Airspace.Core.Subscriptions;
using Airspace.Storage.Postgres.Sources;

namespace Airspace.Storage.Postgres;

public static class PostgresStorageServiceCollectionExtensions
{
    /// <summary>
    /// Registers the PostgreSQL store and every store port it implements (articles, subscriptions, deliveries, state,
    /// seen interactions, sources), plus the claim heartbeat that runs with the bot. Options: section
    /// <c>Airspace:Storage</c> (<see cref="PostgresStoreOptions"/>).
    /// </summary>
    public static IServiceCollection AddPostgresStorage(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddValidatedOptions<PostgresStoreOptions>(configuration.GetSection(PostgresStoreOptions.SectionName));
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<PostgresDatabase>();
        services.TryAddSingleton<PostgresArticleStore>();
        services.TryAddSingleton<PostgresSubscriptionStore>();
        services.TryAddSingleton<PostgresDeliveryStore>();
        services.TryAddSingleton<PostgresStateStore>();
        services.TryAddSingleton<PostgresSeenInteractionStore>();
        services.TryAddSingleton<PostgresSourceStore>();
        services.TryAddSingleton<PostgresSourceStateStore>();
        services.TryAddSingleton<IArticleStore>(sp => sp.GetRequiredService<PostgresArticleStore>());
        services.TryAddSingleton<ISubscriptionStore>(sp => sp.GetRequiredService<PostgresSubscriptionStore>());
        services.TryAddSingleton<IDeliveryStore>(sp => sp.GetRequiredService<PostgresDeliveryStore>());
        services.TryAddSingleton<IStateStore>(sp => sp.GetRequiredService<PostgresStateStore>());
        services.TryAddSingleton<ISeenInteractionStore>(sp => sp.GetRequiredService<PostgresSeenInteractionStore>());
        services.TryAddSingleton<IPagingKeyStore, PostgresPagingKeyStore>();
        services.TryAddSingleton<ICommandRateStore, PostgresCommandRateStore>();
        services.TryAddSingleton<IChatTurns, PostgresChatTurns>();
        services.TryAddSingleton<ISourceStore>(sp => sp.GetRequiredService<PostgresSourceStore>());
        services.TryAddSingleton<ISourceStateStore>(sp => sp.GetRequiredService<PostgresSourceStateStore>());
        services.TryAddSingleton<IOutboxStatistics, PostgresOutboxStatistics>();
        services.TryAddSingleton<PostgresLeaseStore>();
        services.TryAddSingleton<Core.Roles.ILeaseStore>(sp => sp.GetRequiredService<PostgresLeaseStore>());
        services.AddSingleton<IPlatformStartupCheck, PostgresStartupCheck>();
        services.TryAddSingleton<ClaimHeartbeat>();
        return services;
    }

    /// <summary>The claim heartbeat, for the bot (<c>run</c>) only: one-shot verbs hold no claims.</summary>
    public static IServiceCollection AddPostgresClaimHeartbeat(this IServiceCollection services)
    {
        services.AddHostedService<ClaimHeartbeatWorker>();
        return services;
    }
}
