using Airspace.Core.Articles;
using Airspace.Core.Interactions;
using Airspace.Core.Publishing;
using Airspace.Core.State;
using Airspace.Core.Subscriptions;

namespace Airspace.Storage.Sqlite;

public static class SqliteStorageServiceCollectionExtensions
{
    private const string DefaultDataDirectory = "./data";
    private const string DefaultFileName = "airspace.db";

    /// <summary>
    /// Registers the SQLite store and the ports it implements. The file is <c>Airspace:Storage:DatabasePath</c>, or
    /// <c>airspace.db</c> in <c>Airspace:DataDirectory</c> (default <c>./data</c>); <c>Airspace:Storage:BusyTimeout</c>
    /// and <c>Airspace:Storage:Pooling</c> are optional.
    /// </summary>
    public static IServiceCollection AddSqliteStorage(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddValidatedOptions<SqliteStoreOptions>(configuration.GetSection(SqliteStoreOptions.SectionName))
            .Configure(options =>
            {
                if (string.IsNullOrWhiteSpace(options.DatabasePath))
                {
                    var dataDirectory = configuration["Airspace:DataDirectory"];
                    options.DatabasePath = Path.Combine(
                        string.IsNullOrWhiteSpace(dataDirectory) ? DefaultDataDirectory : dataDirectory, DefaultFileName);
                }
            });

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<SqliteDatabase>();
        services.TryAddSingleton<SqliteArticleStore>();
        services.TryAddSingleton<SqliteSubscriptionStore>();
        services.TryAddSingleton<SqliteDeliveryStore>();
        services.TryAddSingleton<IArticleStore>(sp => sp.GetRequiredService<SqliteArticleStore>());
        services.TryAddSingleton<ISubscriptionStore>(sp => sp.GetRequiredService<SqliteSubscriptionStore>());
        services.TryAddSingleton<IDeliveryStore>(sp => sp.GetRequiredService<SqliteDeliveryStore>());
        services.TryAddSingleton<IOutboxStatistics, SqliteOutboxStatistics>();
        services.TryAddSingleton<SqliteStateStore>();
        services.TryAddSingleton<IStateStore>(sp => sp.GetRequiredService<SqliteStateStore>());
        services.TryAddSingleton<SqliteSeenInteractionStore>();
        services.TryAddSingleton<ISeenInteractionStore>(sp => sp.GetRequiredService<SqliteSeenInteractionStore>());
        services.TryAddSingleton<IPagingKeyStore, SqlitePagingKeyStore>();
        services.TryAddSingleton<ICommandRateStore, SqliteCommandRateStore>();
        services.TryAddSingleton<IChatTurns, SqliteChatTurns>();
        services.TryAddSingleton<SqliteLeaseStore>();
        services.TryAddSingleton<Core.Roles.ILeaseStore>(sp => sp.GetRequiredService<SqliteLeaseStore>());
        services.AddSingleton<Core.IPlatformStartupCheck, SqliteRoleLeaseReset>();
        return services;
    }
}
