using Airspace.Storage.Contract;

namespace Airspace.Storage.Sqlite.Tests.Contract;

/// <summary>The storage contract <see cref="CommandRateStoreContract"/> on a real SQLite file.</summary>
public sealed class SqliteCommandRateStoreTests() : CommandRateStoreContract(new TestDatabase());
