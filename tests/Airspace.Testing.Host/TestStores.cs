using Airspace.Core.Interactions;
using Airspace.Storage.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Airspace.Testing.Host;

/// <summary>Real store ports on a SQLite file, for adapter tests that need one port without the whole host.</summary>
public static class TestStores
{
    /// <summary>Paging keys in <c>airspace.db</c> under <paramref name="directory"/> (created on first use).</summary>
    public static IPagingKeyStore PagingKeys(string directory, TimeProvider time) =>
        new SqlitePagingKeyStore(
            new SqliteDatabase(Options.Create(new SqliteStoreOptions { DatabasePath = Path.Combine(directory, "airspace.db"), Pooling = false }), NullLogger<SqliteDatabase>.Instance),
            time);
}
