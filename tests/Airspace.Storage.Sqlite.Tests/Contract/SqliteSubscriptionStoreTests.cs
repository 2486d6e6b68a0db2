using Airspace.Storage.Contract;

namespace Airspace.Storage.Sqlite.Tests.Contract;

/// <summary>The storage contract <see cref="SubscriptionStoreContract"/> on a real SQLite file.</summary>
public sealed class SqliteSubscriptionStoreTests() : SubscriptionStoreContract(new TestDatabase());
