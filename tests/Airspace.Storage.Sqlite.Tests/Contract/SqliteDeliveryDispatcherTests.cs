using Airspace.Storage.Contract.Dispatching;

namespace Airspace.Storage.Sqlite.Tests.Contract;

/// <summary>The storage contract <see cref="DeliveryDispatcherContract"/> on a real SQLite file.</summary>
public sealed class SqliteDeliveryDispatcherTests() : DeliveryDispatcherContract(new TestDatabase());
