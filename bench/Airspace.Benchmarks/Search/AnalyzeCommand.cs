using Airspace.Search.Analysis;

namespace Airspace.Benchmarks.Search;

/// <summary><c>analyze WORD…</c>: prints how the search analyzers see each word (a tool for tuning the stem exclusions).</summary>
public static class AnalyzeCommand
{
    public static void Run(IEnumerable<string> words)
    {
        using var analyzers = new SearchAnalyzers();
        using var plain = new Lucene.Net.Analysis.Id.IndonesianAnalyzer(SearchAnalyzers.Version);
        foreach (var word in words)
        {
            Console.WriteLine(
                $"{word,-20} lucene-id: {Show(TokenPositions.Analyze(plain, word)),-20} airspace-id: {Show(TokenPositions.Analyze(analyzers.Indonesian, word)),-24} exact(index): {Show(TokenPositions.Analyze(analyzers.ExactIndexing, word))}");
        }
    }

    private static string Show(IReadOnlyList<IReadOnlyList<string>> positions) =>
        string.Join(' ', positions.Select(p => string.Join('|', p)));
}
