using Airspace.Storage.Contract;

namespace Airspace.Storage.Sqlite.Tests.Contract;

/// <summary>The storage contract <see cref="DemoArticleContract"/> on a real SQLite file.</summary>
public sealed class SqliteDemoArticleTests() : DemoArticleContract(new TestDatabase());
