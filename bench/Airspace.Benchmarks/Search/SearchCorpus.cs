using System.Globalization;
using Airspace.Benchmarks.Corpus;
using Airspace.Core.Articles;
using Airspace.Core.Ingest;
using Airspace.Core.Text;

namespace Airspace.Benchmarks.Search;

/// <summary>
/// The search test collection: the 750 IndoSum articles plus the Airspace Review sample, stored as ingest would store
/// them (cleaned body, detected language), each with its known-item query: the first sentence of its reference summary.
/// An IndoSum article's title is its headline read from its address (<see cref="SlugTitle"/>), not a title derived from
/// its lead. The Airspace article has no reference summary, so its query is one written for this benchmark.
/// <see cref="Keys"/> name the articles as the chat-query judgements do (the IndoSum id, or "airspace").
/// </summary>
public sealed record SearchCorpus(IReadOnlyList<Article> Articles, IReadOnlyList<string> Queries, IReadOnlyList<string> Keys)
{
    public const string AirspaceQuery =
        "Kim Jong Un mengunjungi pabrik pesawat KnAAZ di Rusia yang membuat jet tempur Su-35S dan Su-57.";

    public const string AirspaceKey = "airspace";

    private static readonly DateTimeOffset Fallback = new(2017, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static SearchCorpus Load(string root)
    {
        var articles = new List<Article>();
        var queries = new List<string>();
        var keys = new List<string>();
        foreach (var item in IndoSumCorpus.Load(root))
        {
            articles.Add(Create(articles.Count + 1, item.Source, item.Text, SlugTitle.From(item.SourceUrl), [item.Category], Published(item.Id)));
            queries.Add(SentenceSplitter.Split(item.Summary).FirstOrDefault() ?? item.Summary);
            keys.Add(item.Id);
        }

        var sample = Directory.GetFiles(Path.Combine(root, "samples", "airspace"), "*.txt").Order().First();
        articles.Add(Create(articles.Count + 1, "airspace-review.com", File.ReadAllText(sample), null, ["Militer"], new DateTimeOffset(2023, 9, 15, 8, 0, 0, TimeSpan.Zero)));
        queries.Add(AirspaceQuery);
        keys.Add(AirspaceKey);
        return new SearchCorpus(articles, queries, keys);
    }

    /// <summary>The same article under another id (for the scale benchmark).</summary>
    public static Article Copy(Article article, long id) => article with { Id = new ArticleId(id), ContentHash = id.ToString(CultureInfo.InvariantCulture) };

    private static Article Create(long id, string source, string text, string? title, IReadOnlyList<string> categories, DateTimeOffset published)
    {
        var body = ArticleNormalizer.CleanBody(text).Body.Trim();
        return new Article
        {
            Id = new ArticleId(id),
            Source = source,
            Title = title ?? TitleDeriver.Derive(body),
            Body = body,
            Language = LanguageDetector.Detect(body),
            Published = published,
            Categories = categories,
            ContentHash = ContentHash.Compute(body),
            Summary = string.Empty,
            SummarizerVersion = "none",
            IngestedAt = published,
        };
    }

    /// <summary>IndoSum ids start with a Unix timestamp ("1490674536-mustahil-…").</summary>
    private static DateTimeOffset Published(string id)
    {
        var dash = id.IndexOf('-', StringComparison.Ordinal);
        return dash > 0 && long.TryParse(id.AsSpan(0, dash), NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : Fallback;
    }
}
