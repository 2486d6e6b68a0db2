using Airspace.Storage.Contract;

namespace Airspace.Storage.Sqlite.Tests.Contract;

/// <summary>The storage contract <see cref="LeaseStoreContract"/> on a real SQLite file.</summary>
public sealed class SqliteLeaseStoreTests() : LeaseStoreContract(new TestDatabase());
