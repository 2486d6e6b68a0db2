using Airspace.Storage.Contract;

namespace Airspace.Storage.Sqlite.Tests.Contract;

/// <summary>The storage contract <see cref="DeliveryStorePlanContract"/> on a real SQLite file.</summary>
public sealed class SqliteDeliveryStorePlanTests() : DeliveryStorePlanContract(new TestDatabase());
