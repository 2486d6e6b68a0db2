namespace Airspace.Storage.Postgres;

internal static partial class PostgresLog
{
    [LoggerMessage(9001, LogLevel.Information, "Migrated the PostgreSQL store {Database} from schema version {FromVersion} to {ToVersion}")] public static partial void SchemaMigrated(ILogger logger, string database, int fromVersion, int toVersion);
    [LoggerMessage(9002, LogLevel.Warning, "Took back {Count} claims of dispatchers whose heartbeat stopped")] public static partial void StaleClaimsReleased(ILogger logger, int count);
    [LoggerMessage(9003, LogLevel.Warning, "The claim heartbeat could not reach the PostgreSQL store: {Reason}")] public static partial void HeartbeatFailed(ILogger logger, string reason);
}
