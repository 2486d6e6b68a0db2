using Airspace.Storage.Contract;

namespace Airspace.Storage.Sqlite.Tests.Contract;

/// <summary>The storage contract <see cref="RoleFenceContract"/> on a real SQLite file.</summary>
public sealed class SqliteRoleFenceTests() : RoleFenceContract(new TestDatabase());
