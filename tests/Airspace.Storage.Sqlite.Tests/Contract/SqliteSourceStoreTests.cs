using Airspace.Storage.Contract;

namespace Airspace.Storage.Sqlite.Tests.Contract;

/// <summary>The storage contract <see cref="SourceStoreContract"/> on a real SQLite file.</summary>
public sealed class SqliteSourceStoreTests() : SourceStoreContract(new TestDatabase());
