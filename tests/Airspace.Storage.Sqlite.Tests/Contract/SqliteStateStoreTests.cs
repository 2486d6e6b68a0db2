using Airspace.Storage.Contract;

namespace Airspace.Storage.Sqlite.Tests.Contract;

/// <summary>The storage contract <see cref="StateStoreContract"/> on a real SQLite file.</summary>
public sealed class SqliteStateStoreTests() : StateStoreContract(new TestDatabase());
