using Airspace.Storage.Contract;

namespace Airspace.Storage.Sqlite.Tests.Contract;

/// <summary>The storage contract <see cref="QuietArticleContract"/> on a real SQLite file.</summary>
public sealed class SqliteQuietArticleTests() : QuietArticleContract(new TestDatabase());
