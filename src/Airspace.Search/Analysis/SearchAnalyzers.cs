using Airspace.Search.Indexing;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Util;

namespace Airspace.Search.Analysis;

/// <summary>The analyzers of one index, shared by indexing, query building and snippets (all thread-safe).</summary>
internal sealed class SearchAnalyzers : IDisposable
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    public SearchAnalyzers()
    {
        Indexing = new PerFieldAnalyzerWrapper(Exact, new Dictionary<string, Analyzer>
        {
            [SearchFields.Title] = Indonesian,
            [SearchFields.Body] = Indonesian,
            [SearchFields.TitleEnglish] = English,
            [SearchFields.BodyEnglish] = English,
        });
    }

    public Analyzer Exact { get; } = new ExactAnalyzer();

    public Analyzer Indonesian { get; } = new IndonesianStemmingAnalyzer();

    public Analyzer English { get; } = new EnglishAnalyzer(Version);

    /// <summary>Routes each field to its analyzer; unknown fields get <see cref="Exact"/>.</summary>
    public Analyzer Indexing { get; }

    public Analyzer HighlightIndonesian { get; } = new HighlightAnalyzer(english: false);

    public Analyzer HighlightEnglish { get; } = new HighlightAnalyzer(english: true);

    public void Dispose()
    {
        Indexing.Dispose();
        Exact.Dispose();
        Indonesian.Dispose();
        English.Dispose();
        HighlightIndonesian.Dispose();
        HighlightEnglish.Dispose();
    }
}
