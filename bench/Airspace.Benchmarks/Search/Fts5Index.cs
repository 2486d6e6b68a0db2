using System.Text;
using System.Text.RegularExpressions;
using Airspace.Core.Articles;
using Microsoft.Data.Sqlite;

namespace Airspace.Benchmarks.Search;

/// <summary>
/// The baseline: SQLite FTS5 with its default unicode61 tokenizer over title and body, ranked by bm25() with default
/// weights; a query is its words OR-ed together (an AND of a whole sentence would rarely match anything), or AND-ed
/// when asked (the stronger baseline for short queries).
/// </summary>
public sealed partial class Fts5Index : IDisposable
{
    private readonly SqliteConnection connection;

    public Fts5Index(string path)
    {
        Path = path;
        connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        Execute("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;");
        Execute("CREATE VIRTUAL TABLE IF NOT EXISTS docs USING fts5(title, body, tokenize='unicode61');");
    }

    public string Path { get; }

    public void Add(IEnumerable<Article> articles)
    {
        using var transaction = connection.BeginTransaction();
        using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = "INSERT INTO docs(rowid, title, body) VALUES ($id, $title, $body)";
        var id = insert.Parameters.Add("$id", SqliteType.Integer);
        var title = insert.Parameters.Add("$title", SqliteType.Text);
        var body = insert.Parameters.Add("$body", SqliteType.Text);
        insert.Prepare();
        foreach (var article in articles)
        {
            id.Value = article.Id.Value;
            title.Value = article.Title;
            body.Value = article.Body;
            insert.ExecuteNonQuery();
        }

        transaction.Commit();
    }

    /// <summary>Top ids by bm25, with an FTS5 snippet of the body for each when <paramref name="snippets"/> is set.</summary>
    public List<long> Search(string text, int take, bool snippets, bool allWords = false)
    {
        var ids = new List<long>(take);
        var match = MatchExpression(text, allWords);
        if (match.Length == 0)
        {
            return ids;
        }

        using var command = connection.CreateCommand();
        command.CommandText = snippets
            ? "SELECT rowid, snippet(docs, 1, '[', ']', '…', 32) FROM docs WHERE docs MATCH $q ORDER BY bm25(docs) LIMIT $n"
            : "SELECT rowid FROM docs WHERE docs MATCH $q ORDER BY bm25(docs) LIMIT $n";
        command.Parameters.AddWithValue("$q", match);
        command.Parameters.AddWithValue("$n", take);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            ids.Add(reader.GetInt64(0));
            if (snippets)
            {
                _ = reader.GetString(1);
            }
        }

        return ids;
    }

    public void Optimize() => Execute("INSERT INTO docs(docs) VALUES('optimize'); PRAGMA wal_checkpoint(TRUNCATE);");

    public void Dispose() => connection.Dispose();

    /// <summary>Each word quoted (so FTS5 syntax in user text is inert), OR-ed or AND-ed.</summary>
    internal static string MatchExpression(string text, bool allWords = false)
    {
        var builder = new StringBuilder();
        foreach (Match word in Word().Matches(text.ToLowerInvariant()))
        {
            if (builder.Length > 0)
            {
                builder.Append(allWords ? " AND " : " OR ");
            }

            builder.Append('"').Append(word.Value).Append('"');
        }

        return builder.ToString();
    }

    private void Execute(string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();
}
