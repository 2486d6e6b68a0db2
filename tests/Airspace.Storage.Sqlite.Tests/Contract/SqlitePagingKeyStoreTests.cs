using Airspace.Storage.Contract;

namespace Airspace.Storage.Sqlite.Tests.Contract;

/// <summary>The storage contract <see cref="PagingKeyStoreContract"/> on a real SQLite file.</summary>
public sealed class SqlitePagingKeyStoreTests() : PagingKeyStoreContract(new TestDatabase());
