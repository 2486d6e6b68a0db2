using Airspace.Storage.Contract;

namespace Airspace.Storage.Sqlite.Tests.Contract;

/// <summary>The storage contract <see cref="DeliveryStoreClaimContract"/> on a real SQLite file.</summary>
public sealed class SqliteDeliveryStoreClaimTests() : DeliveryStoreClaimContract(new TestDatabase());
