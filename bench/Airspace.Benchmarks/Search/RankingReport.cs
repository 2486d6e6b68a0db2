using System.Globalization;
using System.Text;

namespace Airspace.Benchmarks.Search;

/// <summary>The <c>search-ranking</c> section of BENCHMARKS.md.</summary>
public static class RankingReport
{
    public const string SectionName = "search-ranking";

    public static string Render(IReadOnlyList<RankingScores> scores, IReadOnlyList<ChatQuery> chat, string? tuning)
    {
        var md = new StringBuilder();
        md.AppendLine("## Search ranking: short known-item queries and chat queries").AppendLine();
        md.AppendLine("All 751 articles (750 IndoSum, titles from their URL slugs, plus the Airspace Review sample). Known-item query: the first 2, 3 or 4 words of the first sentence of the article's reference summary, lower-cased, punctuation dropped, stop words kept; the right answer is that article. Half A = even-numbered articles, half B = odd. Airspace runs through `LuceneSearchIndex.SearchAsync` (10 hits); FTS5 (unicode61, bm25, title + body) runs the same words AND-ed and OR-ed, in the same run. Cells: MRR@10 / recall@10.").AppendLine();
        if (tuning is not null)
        {
            md.AppendLine(tuning).AppendLine();
        }

        md.Append("| words | half |");
        foreach (var s in scores)
        {
            md.Append(CultureInfo.InvariantCulture, $" {s.System} |");
        }

        md.AppendLine().Append("|---|---|").AppendLine(string.Concat(scores.Select(_ => "---:|")));
        foreach (var words in KnownItemQuery.Lengths)
        {
            foreach (var half in new[] { 'A', 'B' })
            {
                md.Append(CultureInfo.InvariantCulture, $"| {words} | {half} |");
                foreach (var s in scores)
                {
                    var m = s.KnownItem[(words, half)];
                    md.Append(CultureInfo.InvariantCulture, $" {m.MrrAt10:F3} / {m.RecallAt10:F3} |");
                }

                md.AppendLine();
            }
        }

        md.AppendLine();
        md.AppendLine($"Chat queries: {chat.Count} queries a reader of a defence and aviation news bot might type (designations, names, units), with graded judgements (0–3) in `bench/Airspace.Benchmarks/Search/{ChatQuery.File}`, committed before any ranking change. Mean nDCG@5 (gain 2^grade − 1):").AppendLine();
        md.AppendLine("| system | nDCG@5 |").AppendLine("|---|---:|");
        foreach (var s in scores)
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"| {s.System} | {s.ChatNdcgAt5:F3} |");
        }

        return md.ToString();
    }
}
