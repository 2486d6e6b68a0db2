using System.Diagnostics;
using Airspace.Benchmarks.Search;
using Airspace.Core.Articles;
using Airspace.Core.Search;
using Airspace.Core.Text;
using Airspace.Search;
using Airspace.Search.Querying;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Airspace.Benchmarks.Scale;

/// <summary>
/// Builds a 100,000-article index (the 751 articles replicated under new ids) with the product's Lucene index and
/// with FTS5, then times queries that return the first page (5 hits) with snippets: short chat-style queries (the
/// first three content words of a reference sentence) and long known-item queries (the whole sentence).
/// </summary>
public static class ScaleBenchmark
{
    public const int DefaultArticles = 100_000;
    private const int QueriesPerKind = 400;
    private const int Warmup = 50;

    public static async Task<ScaleReport> RunAsync(SearchCorpus corpus, int count, Action<string> log)
    {
        var shortQueries = corpus.Queries.Select(ShortQuery).Where(q => q.Length > 0).Take(QueriesPerKind).ToList();
        var longQueries = corpus.Queries.Take(QueriesPerKind).ToList();

        var loadBefore = ThreadCpuClock.LoadAverage();
        log($"scale: Lucene build of {count:N0} articles");
        using var lucene = new TempLuceneIndex("scale");
        var cpu = ProcessCpuSeconds();
        var stopwatch = Stopwatch.StartNew();
        await lucene.Index.RebuildAsync(Replicate(corpus, count).ToAsyncEnumerable(), CancellationToken.None);
        var luceneBuild = stopwatch.Elapsed.TotalSeconds;
        var luceneCpu = ProcessCpuSeconds() - cpu;
        log($"scale: Lucene queries ({luceneBuild:F1} s build)");
        var (luceneShort, luceneShortCpu) = Time(shortQueries, q => lucene.Index.SearchAsync(new SearchQuery(q), CancellationToken.None).GetAwaiter().GetResult());
        var (luceneLong, luceneLongCpu) = Time(longQueries, q => lucene.Index.SearchAsync(new SearchQuery(q), CancellationToken.None).GetAwaiter().GetResult());
        log("scale: Lucene, ranking before issue 12, and the cost breakdown");
        (PercentileStats Wall, PercentileStats Cpu) before;
        using (var legacy = new LuceneSearchIndex(Options.Create(new SearchOptions { IndexPath = lucene.Path }), NullLogger<LuceneSearchIndex>.Instance, RankingWeights.Legacy))
        {
            before = Time(shortQueries, q => legacy.SearchAsync(new SearchQuery(q), CancellationToken.None).GetAwaiter().GetResult());
        }

        QueryCostBreakdown[] breakdown =
        [
            QueryCostBreakdown.Measure("before (legacy ranking)", lucene.Path, RankingWeights.Legacy, shortQueries, Warmup),
            QueryCostBreakdown.Measure("after (shipped ranking)", lucene.Path, RankingWeights.Default, shortQueries, Warmup),
        ];
        var luceneFigures = new EngineFigures(
            "Airspace (Lucene.Net, BM25, Indonesian + exact fields)", lucene.SizeBytes, luceneBuild, count / luceneBuild,
            luceneShort, luceneLong, luceneShortCpu, luceneLongCpu, luceneCpu);

        log("scale: FTS5 build");
        var folder = Path.Combine(Path.GetTempPath(), "airspace-bench");
        Directory.CreateDirectory(folder);
        var dbPath = Path.Combine(folder, $"scale-{Guid.NewGuid():N}.db");
        EngineFigures ftsFigures;
        try
        {
            using var fts5 = new Fts5Index(dbPath);
            cpu = ProcessCpuSeconds();
            stopwatch.Restart();
            fts5.Add(Replicate(corpus, count));
            fts5.Optimize();
            var ftsBuild = stopwatch.Elapsed.TotalSeconds;
            var ftsCpu = ProcessCpuSeconds() - cpu;
            log($"scale: FTS5 queries ({ftsBuild:F1} s build)");
            var (ftsShort, ftsShortCpu) = Time(shortQueries, q => fts5.Search(q, 5, snippets: true));
            var (ftsLong, ftsLongCpu) = Time(longQueries, q => fts5.Search(q, 5, snippets: true));
            var size = Directory.GetFiles(folder, Path.GetFileName(dbPath) + "*").Sum(f => new FileInfo(f).Length);
            ftsFigures = new EngineFigures(
                "SQLite FTS5 (unicode61, bm25, snippet())", size, ftsBuild, count / ftsBuild, ftsShort, ftsLong, ftsShortCpu, ftsLongCpu, ftsCpu);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var file in Directory.GetFiles(folder, Path.GetFileName(dbPath) + "*"))
            {
                File.Delete(file);
            }
        }

        using var process = Process.GetCurrentProcess();
        process.Refresh();
        return new ScaleReport(
            count, luceneFigures, ftsFigures, process.PeakWorkingSet64, process.WorkingSet64, loadBefore, ThreadCpuClock.LoadAverage())
        {
            BeforeShort = before,
            Breakdown = breakdown,
        };
    }

    private static IEnumerable<Article> Replicate(SearchCorpus corpus, int count)
    {
        for (var i = 0; i < count; i++)
        {
            var article = corpus.Articles[i % corpus.Articles.Count];
            yield return SearchCorpus.Copy(article, i + 1) with { Published = article.Published.AddMinutes(i) };
        }
    }

    /// <summary>Wall-clock and thread-CPU latency of each query, after warm-up queries.</summary>
    private static (PercentileStats Wall, PercentileStats Cpu) Time<T>(List<string> queries, Func<string, T> run)
    {
        foreach (var query in queries.Take(Warmup))
        {
            run(query);
        }

        var wall = new List<double>(queries.Count);
        var cpu = new List<double>(queries.Count);
        foreach (var query in queries)
        {
            var cpuStart = ThreadCpuClock.NowMilliseconds();
            var start = Stopwatch.GetTimestamp();
            run(query);
            wall.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            cpu.Add(ThreadCpuClock.NowMilliseconds() - cpuStart);
        }

        return (PercentileStats.From(wall), PercentileStats.From(cpu));
    }

    private static double ProcessCpuSeconds()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime.TotalSeconds;
    }

    /// <summary>The first three words of at least four letters that are not stop words: what a user might type.</summary>
    internal static string ShortQuery(string sentence) =>
        string.Join(' ', sentence.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.Trim(',', '.', '"', '\'', '(', ')', ':', ';'))
            .Where(w => w.Length >= 4 && w.All(char.IsLetterOrDigit) && !IsStopWord(w.ToLowerInvariant()))
            .Take(3));

    private static bool IsStopWord(string word) => LanguageDetector.Detect(word + " " + word) == "en" || Stop.Contains(word);

    private static readonly HashSet<string> Stop = ["yang", "dengan", "untuk", "dari", "pada", "tidak", "akan", "dalam", "adalah", "juga", "karena", "oleh", "sudah", "telah", "bisa", "dapat", "saat", "bahwa", "mereka", "tersebut", "sebagai", "menjadi", "namun", "tetapi", "hingga", "sampai", "serta", "masih", "harus", "seperti", "setelah", "sebelum", "ketika", "kemudian", "antara", "tentang", "terhadap", "melalui", "sebuah", "seorang", "salah", "satu", "semua", "setiap", "banyak", "beberapa"];
}
