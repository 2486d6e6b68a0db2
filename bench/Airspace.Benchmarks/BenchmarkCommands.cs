using System.Diagnostics;
using Airspace.Benchmarks.Chat;
using Airspace.Benchmarks.Corpus;
using Airspace.Benchmarks.Import;
using Airspace.Benchmarks.Journeys;
using Airspace.Benchmarks.Reporting;
using Airspace.Benchmarks.Scale;
using Airspace.Benchmarks.Search;
using Airspace.Benchmarks.Store;
using Airspace.Benchmarks.Summaries;
using Airspace.Core.Summaries;

namespace Airspace.Benchmarks;

/// <summary>
/// The benchmark verbs: <c>all</c> (the default: everything, writes BENCHMARKS.md), <c>rouge</c> (summary scores),
/// <c>tune</c> (re-learn the summariser weights on split A), <c>search</c> (known-item quality), <c>ranking</c>
/// (2–4-word known-item queries by half and the chat queries' nDCG@5, beside FTS5 AND and OR; <c>--tune</c>, <c>--tune-a</c> or <c>--tune-b</c> tunes on both or one half, <c>--tuned-a</c> / <c>--tuned-b</c> W replay a tuning's weights), <c>scale [N]</c>,
/// <c>profile [N]</c> (where a query's time goes), <c>analyze WORD…</c> (how the search analyzers see words), <c>chat</c>
/// (a private command under a group's flood on Telegram, and 300 concurrent Discord interactions), <c>import-memory</c>
/// (peak RSS of <c>airspace import</c> of a 20 MB text file and a 20 MB JSON Lines file), and the journey benchmarks
/// with the real executable against the loopback fakes, each writing its own section of BENCHMARKS.md: <c>crash</c>
/// (drain after 50 kill -9 cycles), <c>fanout [N]</c> (one article to N + N channels) and <c>replicas</c> (three replicas
/// on one PostgreSQL, one killed every 10 s during a 100-article fan-out to 50 + 50 channels); and <c>store [ARTICLES] [CHANNELS]</c>
/// (claims + mark-sent per second on SQLite and on PostgreSQL with 1 and 3 replicas, no platform).
/// </summary>
public static class BenchmarkCommands
{
    public static async Task<int> RunAsync(string[] args)
    {
        var verb = args.Length == 0 ? "all" : args[0];
        var root = RepositoryRoot.Find();
        switch (verb)
        {
            case "all":
                await AllAsync(root, args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : ScaleBenchmark.DefaultArticles);
                return 0;
            case "rouge":
                Rouge(root);
                return 0;
            case "tune":
                Tune(root);
                return 0;
            case "search":
                Console.WriteLine(await SearchQualityBenchmark.RunAsync(SearchCorpus.Load(root)));
                return 0;
            case "ranking":
                var corpus = SearchCorpus.Load(root);
                var chat = ChatQuery.Load(root);
                var replayA = Array.IndexOf(args, "--tuned-a") is var ia and > 0 ? RankingTuner.Parse(args[ia + 1]) : null;
                var replayB = Array.IndexOf(args, "--tuned-b") is var ib and > 0 ? RankingTuner.Parse(args[ib + 1]) : null;
                var tuneHalves = args.Contains("--tune") ? "AB" : args.Contains("--tune-b") ? "B" : args.Contains("--tune-a") ? "A" : string.Empty;
                var (scores, tuning) = await RankingEvaluation.RunAsync(corpus, chat, tuneHalves, replayA, replayB, Console.WriteLine);
                var note = Array.IndexOf(args, "--tuning-note") is var ni and > 0 ? args[ni + 1] : null;
                var section = RankingReport.Render(scores, chat, note is null ? tuning : $"{tuning} {note}");
                Console.WriteLine(section);
                await BenchmarkSections.WriteAsync(Path.Combine(root, "BENCHMARKS.md"), RankingReport.SectionName, section);
                return 0;
            case "ranking-try":
                await RankingTrial.RunAsync(SearchCorpus.Load(root), ChatQuery.Load(root), args.Skip(1));
                return 0;
            case "ranking-failures":
                await RankingFailures.RunAsync(
                    SearchCorpus.Load(root),
                    args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 4,
                    args.Length > 2 ? args[2][0] : 'A',
                    RankingTrial.Apply(Airspace.Search.Querying.RankingWeights.Default, args.Length > 3 ? args[3] : "default"));
                return 0;
            case "scale":
                var count = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : ScaleBenchmark.DefaultArticles;
                var scale = await ScaleBenchmark.RunAsync(SearchCorpus.Load(root), count, Console.WriteLine);
                var speed = new System.Text.StringBuilder();
                BenchmarksReport.Scale(speed, scale);
                Console.WriteLine(speed);
                await BenchmarkSections.WriteAsync(Path.Combine(root, "BENCHMARKS.md"), "search-speed", speed.ToString());
                return 0;
            case "profile":
                await ProfileCommand.RunAsync(SearchCorpus.Load(root), args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 20_000, args.Skip(2).ToList());
                return 0;
            case "import-memory":
                await BenchmarkSections.WriteAsync(Path.Combine(root, "BENCHMARKS.md"), "import-memory", await ImportMemoryBenchmark.RunAsync(root, Console.WriteLine));
                return 0;
            case "analyze":
                AnalyzeCommand.Run(args.Skip(1));
                return 0;
            case "chat":
                if (args.Length > 1 && args[1] == "discord")
                {
                    Console.WriteLine(await InteractionBurstBenchmark.RunAsync(Console.WriteLine));
                    return 0;
                }

                var flood = await CommandFloodBenchmark.RunAsync(Console.WriteLine);
                var burst = await InteractionBurstBenchmark.RunAsync(Console.WriteLine);
                await BenchmarkSections.WriteAsync(Path.Combine(root, "BENCHMARKS.md"), "chat", ChatReport.Render(flood, burst));
                return 0;
            case "crash":
                await BenchmarkSections.WriteAsync(Path.Combine(root, "BENCHMARKS.md"), CrashDrainBenchmark.SectionName, await CrashDrainBenchmark.RunAsync(Console.WriteLine));
                return 0;
            case "fanout":
                var channels = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : FanOutBenchmark.DefaultChannels;
                await BenchmarkSections.WriteAsync(Path.Combine(root, "BENCHMARKS.md"), FanOutBenchmark.SectionName, await FanOutBenchmark.RunAsync(channels, Console.WriteLine));
                return 0;
            case "replicas":
                await BenchmarkSections.WriteAsync(Path.Combine(root, "BENCHMARKS.md"), ReplicaKillBenchmark.SectionName, await ReplicaKillBenchmark.RunAsync(Console.WriteLine));
                return 0;
            case "store":
                var storeArticles = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : StoreThroughputBenchmark.DefaultArticles;
                var storeChannels = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : StoreThroughputBenchmark.DefaultChannels;
                await BenchmarkSections.WriteAsync(Path.Combine(root, "BENCHMARKS.md"), StoreThroughputBenchmark.SectionName, await StoreThroughputBenchmark.RunAsync(storeArticles, storeChannels, Console.WriteLine));
                return 0;
            default:
                Console.Error.WriteLine($"Unknown verb '{verb}'. Use all [N], rouge, tune, search, ranking, scale [N], profile [N], analyze WORD…, chat, import-memory, crash, fanout [N], replicas or store [ARTICLES] [CHANNELS].");
                return 2;
        }
    }

    private static async Task AllAsync(string root, int scaleArticles)
    {
        var started = DateTimeOffset.UtcNow;
        var stopwatch = Stopwatch.StartNew();
        var corpus = SearchCorpus.Load(root);

        // Scale first, so the peak RSS it reports is mostly the indexes' own.
        var scale = await ScaleBenchmark.RunAsync(corpus, scaleArticles, Console.WriteLine);
        Console.WriteLine("search: known-item quality");
        var search = await SearchQualityBenchmark.RunAsync(corpus);
        var summaries = SummaryBenchmark.Run(root, Console.WriteLine);
        var markdown = BenchmarksReport.Render(summaries, search, scale, started, stopwatch.Elapsed);
        var path = Path.Combine(root, "BENCHMARKS.md");
        markdown = BenchmarkSections.Keep(File.Exists(path) ? await File.ReadAllTextAsync(path) : null, markdown);
        await File.WriteAllTextAsync(path, markdown);
        Console.WriteLine($"wrote {path}");
    }

    private static void Rouge(string root)
    {
        var articles = EvalArticle.Prepare(IndoSumCorpus.Load(root));
        var test = articles.Skip(articles.Count / 2).ToList();
        foreach (var system in new[] { Baselines.Lead3Paper, Baselines.Lead3Raw, Baselines.Lead3Clean, Baselines.Airspace(SummaryFeatureWeights.Default) })
        {
            var all = SystemResult.Run(system, articles);
            var held = SystemResult.Run(system, test);
            Console.WriteLine($"{system.Name,-28} all {Markdown.Rouge(all.PaperMean)}   split A test {Markdown.Rouge(held.PaperMean)}   {all.MeanCharacters:F0} chars");
        }
    }

    private static void Tune(string root)
    {
        var articles = EvalArticle.Prepare(IndoSumCorpus.Load(root));
        var tune = articles.Take(articles.Count / 2).ToList();
        var (weights, objective) = WeightTuner.Tune(tune, TunableParameter.NeutralStart, Console.WriteLine);
        Console.WriteLine($"objective on the tuning half {objective * 100:F2}; copy into SummaryFeatureWeights.cs:");
        Console.WriteLine(weights);
        Console.WriteLine(weights == SummaryFeatureWeights.Default ? "(same as the shipped weights)" : "(differs from the shipped weights)");
    }
}
