namespace Airspace.Storage.Sqlite;

internal static partial class StorageLog
{
    [LoggerMessage(2001, LogLevel.Information, "Migrated the database {DatabasePath} from schema version {FromVersion} to {ToVersion}")] public static partial void SchemaMigrated(ILogger logger, string databasePath, int fromVersion, int toVersion);
}
