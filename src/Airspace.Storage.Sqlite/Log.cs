using Microsoft.Extensions.Logging;

namespace Airspace.Storage.Sqlite;

internal static partial class Log
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Information,
        Message = "Migrated the database {DatabasePath} from schema version {FromVersion} to {ToVersion}")]
    public static partial void SchemaMigrated(ILogger logger, string databasePath, int fromVersion, int toVersion);
}
