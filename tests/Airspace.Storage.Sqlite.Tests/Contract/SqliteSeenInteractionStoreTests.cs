using Airspace.Storage.Contract;

namespace Airspace.Storage.Sqlite.Tests.Contract;

/// <summary>The storage contract <see cref="SeenInteractionStoreContract"/> on a real SQLite file.</summary>
public sealed class SqliteSeenInteractionStoreTests() : SeenInteractionStoreContract(new TestDatabase());
