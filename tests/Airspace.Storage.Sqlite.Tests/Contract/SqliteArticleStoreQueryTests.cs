using Airspace.Storage.Contract;

namespace Airspace.Storage.Sqlite.Tests.Contract;

/// <summary>The storage contract <see cref="ArticleStoreQueryContract"/> on a real SQLite file.</summary>
public sealed class SqliteArticleStoreQueryTests() : ArticleStoreQueryContract(new TestDatabase());
