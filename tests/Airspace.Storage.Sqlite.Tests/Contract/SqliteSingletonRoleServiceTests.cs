using Airspace.Storage.Contract;

namespace Airspace.Storage.Sqlite.Tests.Contract;

/// <summary>The role gate contract <see cref="SingletonRoleServiceContract"/> over a real SQLite file.</summary>
public sealed class SqliteSingletonRoleServiceTests() : SingletonRoleServiceContract(new TestDatabase());
