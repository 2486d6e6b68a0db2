using Airspace.Storage.Contract;

namespace Airspace.Storage.Sqlite.Tests.Contract;

/// <summary>The storage contract <see cref="DigestAndQuietHoursContract"/> on a real SQLite file.</summary>
public sealed class SqliteDigestAndQuietHoursTests() : DigestAndQuietHoursContract(new TestDatabase());
