using Airspace.Storage.Contract;

namespace Airspace.Storage.Sqlite.Tests.Contract;

/// <summary>The storage contract <see cref="OutboxStatisticsContract"/> on a real SQLite file.</summary>
public sealed class SqliteOutboxStatisticsTests() : OutboxStatisticsContract(new TestDatabase());
