using System.Text;
using Airspace.Benchmarks.Scale;
using Airspace.Benchmarks.Search;
using Airspace.Benchmarks.Summaries;
using static Airspace.Benchmarks.Reporting.Markdown;

namespace Airspace.Benchmarks.Reporting;

/// <summary>Writes BENCHMARKS.md from one run's figures.</summary>
public static class BenchmarksReport
{
    public const string Command = "dotnet run -c Release --project bench/Airspace.Benchmarks -- all";

    public static string Render(SummaryReport summaries, SearchQualityReport search, ScaleReport scale, DateTimeOffset when, TimeSpan took)
    {
        var md = new StringBuilder();
        md.AppendLine("# Benchmarks").AppendLine();
        md.AppendLine($"Written by `{Command}` on {when:yyyy-MM-dd HH:mm} UTC in {took.TotalMinutes:F1} minutes, from one run. Do not edit by hand.").AppendLine();
        md.AppendLine($"Machine: {MachineInfo.Describe()}. The machine was shared with other builds while this ran, so the timings are noisy (quality figures are deterministic).").AppendLine();
        md.AppendLine("Data: IndoSum (Kurniawan & Louvan, IALP 2018; CC BY-SA 4.0) fold-1 development split, `samples/indosum/`, plus the Airspace Review sample article, `samples/airspace/`.").AppendLine();
        Summaries(md, summaries);
        Search(md, search);
        Scale(md, scale);
        return md.ToString();
    }

    private static void Summaries(StringBuilder md, SummaryReport r)
    {
        md.AppendLine("## Summaries: ROUGE F1 against the human reference").AppendLine();
        md.AppendLine("Scoring follows the IndoSum paper (pythonrouge / ROUGE-1.5.5, no stemming, first 100 tokens; the hypothesis is lower-cased, punctuation tokens dropped and digits turned into 0, the reference is left raw). ROUGE-L is the LCS of the whole token sequences, as in `bench/tools/rouge.py`, about 2 points below ROUGE-1.5.5's summary-level ROUGE-L. Every Airspace summary is produced exactly as ingest produces it: the body cleaned by `ArticleNormalizer.CleanBody`, the title derived with `TitleDeriver` (IndoSum has no titles), at most 3 whole sentences and 600 characters.").AppendLine();

        var a = r.Splits[0];
        md.AppendLine($"### Held-out result (split A: {a.Description})").AppendLine();
        md.AppendLine("| system | R-1 | R-2 | R-L | mean length (chars) |").AppendLine("|---|---:|---:|---:|---:|");
        foreach (var result in a.Results)
        {
            md.AppendLine($"| {result.System.Name} | {Markdown.Rouge(result.PaperMean)} | {F(result.MeanCharacters, 0)} |");
        }

        md.AppendLine();
        md.AppendLine($"Gain over the paper's LEAD-3 on these {a.Lead3.Paper.Count} held-out articles: R-1 {Signed(a.Gain.Rouge1)}, R-2 {Signed(a.Gain.Rouge2)} points (paired standard error of the R-1 gain ±{F(a.PairedStandardError)}).").AppendLine();

        md.AppendLine("### Noise between splits").AppendLine();
        md.AppendLine("Each row re-learns the weights in this run (coordinate ascent from the lead prior alone, `WeightTuner`) on the tuning part and scores the held-out part.").AppendLine();
        md.AppendLine("| split | held-out articles | LEAD-3 R-1 / R-2 | Airspace R-1 / R-2 | gain R-1 / R-2 |").AppendLine("|---|---:|---:|---:|---:|");
        foreach (var split in r.Splits.Concat(r.Folds))
        {
            md.AppendLine($"| {split.Name}: {split.Description} | {split.Lead3.Paper.Count} | {Pct(split.Lead3.PaperMean.Rouge1)} / {Pct(split.Lead3.PaperMean.Rouge2)} | {Pct(split.Airspace.PaperMean.Rouge1)} / {Pct(split.Airspace.PaperMean.Rouge2)} | {Signed(split.Gain.Rouge1)} / {Signed(split.Gain.Rouge2)} |");
        }

        var gains = r.Folds.Select(f => f.Gain.Rouge1).ToList();
        var mean = gains.Average();
        var sd = Math.Sqrt(gains.Sum(g => (g - mean) * (g - mean)) / (gains.Count - 1));
        var gains2 = r.Folds.Select(f => f.Gain.Rouge2).ToList();
        md.AppendLine();
        md.AppendLine($"{r.Folds.Count}-fold cross-validation: R-1 gain {Signed(mean)} ± {F(sd)} (mean ± sd over folds, min {Signed(gains.Min())}), R-2 gain {Signed(gains2.Average())} (min {Signed(gains2.Min())}).").AppendLine();

        md.AppendLine($"### All {r.Articles} articles (includes split A's tuning half; for comparison with the published dev.01 LEAD-3)").AppendLine();
        md.AppendLine("| system | R-1 | R-2 | R-L | plain R-1 | plain R-2 |").AppendLine("|---|---:|---:|---:|---:|---:|");
        foreach (var result in r.AllArticles)
        {
            md.AppendLine($"| {result.System.Name} | {Markdown.Rouge(result.PaperMean)} | {Pct(result.PlainMean.Rouge1)} | {Pct(result.PlainMean.Rouge2)} |");
        }

        md.AppendLine();
        md.AppendLine("Published: LEAD-3 on dev.01 about 63.0 R-1 / 54.5 R-2 (test folds: 62.86 / 54.50; best neural model 67.96 / 61.65). \"plain\" = both sides lower-cased and tokenised alike, no digit rewriting, no length cut.").AppendLine();
        md.AppendLine("Harness check, the same hypotheses scored by `bench/tools/rouge.py` (paper flavour / plain flavour, R-1 R-2 R-L):").AppendLine();
        md.AppendLine("| hypotheses | C# harness | rouge.py |").AppendLine("|---|---|---|");
        Check(md, "LEAD-3 (paper sentences)", r.AllArticles[0], r.PythonLead3);
        Check(md, r.AllArticles[^1].System.Name, r.AllArticles[^1], r.PythonAirspace);
        md.AppendLine();
        md.AppendLine($"Speed: {F(r.SummariesPerSecond, 0)} summaries/s on one thread (cleaned input, the whole corpus five times).").AppendLine();
    }

    private static void Check(StringBuilder md, string name, SystemResult result, (Rouge.RougeScore Paper, Rouge.RougeScore Plain)? python)
    {
        var ours = $"{Pct(result.PaperMean.Rouge1)} {Pct(result.PaperMean.Rouge2)} {Pct(result.PaperMean.RougeL)} / {Pct(result.PlainMean.Rouge1)} {Pct(result.PlainMean.Rouge2)} {Pct(result.PlainMean.RougeL)}";
        var theirs = python is { } p
            ? $"{Pct(p.Paper.Rouge1)} {Pct(p.Paper.Rouge2)} {Pct(p.Paper.RougeL)} / {Pct(p.Plain.Rouge1)} {Pct(p.Plain.Rouge2)} {Pct(p.Plain.RougeL)}"
            : "python3 not available";
        md.AppendLine($"| {name} | {ours} | {theirs} |");
    }

    private static void Search(StringBuilder md, SearchQualityReport r)
    {
        md.AppendLine("## Search: known-item retrieval").AppendLine();
        md.AppendLine($"{r.Articles} articles (the {r.Articles - 1} IndoSum articles stored as ingest stores them, plus the Airspace Review sample). Query: the first sentence of each article's reference summary (for the Airspace article, a sentence written for this benchmark: \"{SearchCorpus.AirspaceQuery}\"). Airspace runs the query through the product's `LuceneSearchIndex.SearchAsync` (the chat `/search` path, which keeps the first 16 words); FTS5 gets the same words OR-ed, ranked by bm25().").AppendLine();
        md.AppendLine("| engine | MRR@10 | recall@10 | queries |").AppendLine("|---|---:|---:|---:|");
        md.AppendLine($"| Airspace (Lucene.Net) | {F(r.Lucene.MrrAt10, 4)} | {F(r.Lucene.RecallAt10, 4)} | {r.Lucene.Queries} |");
        md.AppendLine($"| SQLite FTS5 (unicode61) | {F(r.Fts5.MrrAt10, 4)} | {F(r.Fts5.RecallAt10, 4)} | {r.Fts5.Queries} |");
        md.AppendLine($"| Airspace, short queries (first 3 content words) | {F(r.LuceneShort.MrrAt10, 4)} | {F(r.LuceneShort.RecallAt10, 4)} | {r.LuceneShort.Queries} |");
        md.AppendLine($"| FTS5, short queries (first 3 content words) | {F(r.Fts5Short.MrrAt10, 4)} | {F(r.Fts5Short.RecallAt10, 4)} | {r.Fts5Short.Queries} |");
        md.AppendLine();
    }

    internal static void Target(StringBuilder md, string name, string goal, double measured, double limit, bool higherIsBetter, string unit)
    {
        var met = higherIsBetter ? measured > limit : measured < limit;
        var verdict = met ? "met" : $"missed by {F(Math.Abs(measured - limit), 1)} {unit} ({F(higherIsBetter ? limit / measured : measured / limit, 1)}×)";
        md.AppendLine($"| {name} | {goal} | {F(measured, measured < 100 ? 2 : 0)} {unit} | {verdict} |");
    }

    internal static void Scale(StringBuilder md, ScaleReport r)
    {
        md.AppendLine($"## Speed and memory at {r.Articles:N0} articles").AppendLine();
        md.AppendLine($"The 751 articles replicated under new ids up to {r.Articles:N0}. Build: Airspace through `LuceneSearchIndex.RebuildAsync` (one commit), FTS5 with one transaction plus `optimize`. Queries return the first page (5 hits) with snippets (Airspace: `SearchAsync` with highlighted snippets; FTS5: `snippet()`), timed one at a time after 50 warm-up queries: short = the first 3 content words of a reference sentence (like a chat `/search`), long = the whole sentence.").AppendLine();
        var load = r.LoadBefore is { } before && r.LoadAfter is { } after ? $" The 1-minute load average was {F(before)} before and {F(after)} after this section on {Environment.ProcessorCount} cores, so wall-clock figures include waiting for a core; the CPU-time columns (the querying thread's CPU time, `CLOCK_THREAD_CPUTIME_ID`) show what a query costs on an unshared core." : string.Empty;
        md.AppendLine(load.Trim()).AppendLine();
        md.AppendLine("| engine | index size | build (wall) | articles/s (wall) | build CPU | short p50 / p95 wall (ms) | short p50 / p95 CPU (ms) | long p50 / p95 wall (ms) | long p50 / p95 CPU (ms) |")
            .AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var e in new[] { r.Lucene, r.Fts5 })
        {
            md.AppendLine($"| {e.Engine} | {Mb(e.IndexBytes)} | {F(e.BuildSeconds, 1)} s | {F(e.ArticlesPerSecond, 0)} | {F(e.BuildCpuSeconds, 1)} s | {F(e.ShortQueries.P50)} / {F(e.ShortQueries.P95)} | {F(e.ShortQueriesCpu.P50)} / {F(e.ShortQueriesCpu.P95)} | {F(e.LongQueries.P50)} / {F(e.LongQueries.P95)} | {F(e.LongQueriesCpu.P50)} / {F(e.LongQueriesCpu.P95)} |");
        }

        md.AppendLine();
        md.AppendLine($"Memory: peak RSS of the benchmark process {Mb(r.PeakRssBytes)}, {Mb(r.RssAfterBytes)} after the queries (measured at the end of this section, which runs first; it covers the corpus, both 100k builds and all queries; Lucene's index files are memory-mapped, so touched index pages count too).").AppendLine();
        md.AppendLine("| target | goal | measured | |").AppendLine("|---|---:|---:|---|");
        Target(md, "Airspace build rate", "> 2,000 articles/s", r.Lucene.ArticlesPerSecond, 2000, higherIsBetter: true, "articles/s");
        Target(md, "Airspace p95, short query with snippets", "< 5 ms", r.Lucene.ShortQueries.P95, 5, higherIsBetter: false, "ms");
        Target(md, "Airspace p95, long query with snippets", "< 5 ms", r.Lucene.LongQueries.P95, 5, higherIsBetter: false, "ms");
        Target(md, "Airspace p95 CPU time, short query with snippets", "< 5 ms", r.Lucene.ShortQueriesCpu.P95, 5, higherIsBetter: false, "ms");
        Target(md, "Airspace p95 CPU time, long query with snippets", "< 5 ms", r.Lucene.LongQueriesCpu.P95, 5, higherIsBetter: false, "ms");
        Target(md, "peak RSS", "< 400 MB", r.PeakRssBytes / (1024.0 * 1024), 400, higherIsBetter: false, "MB");
        md.AppendLine();
        if (r.BeforeShort is { } legacy)
        {
            md.AppendLine($"Short queries with snippets on the same index under the ranking before issue 12 (`RankingWeights.Legacy`): p50 / p95 wall {F(legacy.Wall.P50)} / {F(legacy.Wall.P95)} ms, CPU {F(legacy.Cpu.P50)} / {F(legacy.Cpu.P95)} ms; after (shipped): wall {F(r.Lucene.ShortQueries.P50)} / {F(r.Lucene.ShortQueries.P95)} ms, CPU {F(r.Lucene.ShortQueriesCpu.P50)} / {F(r.Lucene.ShortQueriesCpu.P95)} ms.").AppendLine();
        }

        if (r.Breakdown.Count > 0)
        {
            md.AppendLine("Where a short query's CPU time goes (querying thread, p50 / p95 ms per stage, 5 hits): parse = parsing and building the Lucene query, first pass = matching and scoring the word groups (best 100 kept), rescoring = the phrase, lead and recency preferences (and the all-words clause when on) over those 100, snippets = stored fields and highlighted snippets of the 5 hits.").AppendLine();
            md.AppendLine("| ranking | parse | first pass | rescoring | snippets | total |").AppendLine("|---|---:|---:|---:|---:|---:|");
            foreach (var b in r.Breakdown)
            {
                md.AppendLine($"| {b.Ranking} | {F(b.Parse.P50)} / {F(b.Parse.P95)} | {F(b.Search.P50)} / {F(b.Search.P95)} | {F(b.Rescore.P50)} / {F(b.Rescore.P95)} | {F(b.Snippets.P50)} / {F(b.Snippets.P95)} | {F(b.Total.P50)} / {F(b.Total.P95)} |");
            }

            md.AppendLine();
        }
    }
}
