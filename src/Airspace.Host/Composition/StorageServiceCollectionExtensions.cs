using Airspace.Storage.Postgres;
using Airspace.Storage.Sqlite;
using Airspace.Storage.Sqlite.Sources;

namespace Airspace.Host.Composition;

public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// The store named by <c>Airspace:Storage:Provider</c>: the SQLite file (default), or PostgreSQL at
    /// <c>Airspace:Storage:ConnectionString</c> with the claim heartbeat for the bot's dispatcher.
    /// </summary>
    public static IServiceCollection AddAirspaceStorage(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<StorageProviderOptions>(configuration.GetSection(StorageProviderOptions.SectionName));
        if (StorageProviderOptions.From(configuration).IsPostgres)
        {
            return services.AddPostgresStorage(configuration).AddPostgresClaimHeartbeat();
        }

        return services.AddSqliteStorage(configuration).AddSqliteSourceStorage();
    }
}
