using Airspace.Storage.Contract;

namespace Airspace.Storage.Sqlite.Tests.Contract;

/// <summary>The storage contract <see cref="DeliveryStoreDispatchContract"/> on a real SQLite file.</summary>
public sealed class SqliteDeliveryStoreDispatchTests() : DeliveryStoreDispatchContract(new TestDatabase());
