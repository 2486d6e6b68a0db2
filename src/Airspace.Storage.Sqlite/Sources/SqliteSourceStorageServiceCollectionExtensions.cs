using Airspace.Core.Sources;

namespace Airspace.Storage.Sqlite.Sources;

public static class SqliteSourceStorageServiceCollectionExtensions
{
    /// <summary>Registers the source stores on the database <see cref="SqliteStorageServiceCollectionExtensions.AddSqliteStorage"/> configures.</summary>
    public static IServiceCollection AddSqliteSourceStorage(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<SqliteSourceStore>();
        services.TryAddSingleton<SqliteSourceStateStore>();
        services.TryAddSingleton<ISourceStore>(sp => sp.GetRequiredService<SqliteSourceStore>());
        services.TryAddSingleton<ISourceStateStore>(sp => sp.GetRequiredService<SqliteSourceStateStore>());
        return services;
    }
}
