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
        SnippetsIndonesian = new SnippetAnalyzer(HighlightIndonesian, ExactIndexing);
        SnippetsEnglish = new SnippetAnalyzer(HighlightEnglish, ExactIndexing);
        Indexing = new PerFieldAnalyzerWrapper(ExactIndexing, new Dictionary<string, Analyzer>
        {
            [SearchFields.Title] = Indonesian,
            [SearchFields.Body] = Indonesian,
            [SearchFields.TitleEnglish] = English,
            [SearchFields.BodyEnglish] = English,
        });
    }

    /// <summary>The unstemmed fields' analyzer for queries (no designation families).</summary>
    public Analyzer Exact { get; } = new ExactAnalyzer(designationFamilies: false);

    /// <summary>The unstemmed fields' analyzer for indexing.</summary>
    public Analyzer ExactIndexing { get; } = new ExactAnalyzer(designationFamilies: true);

    public Analyzer Indonesian { get; } = new IndonesianStemmingAnalyzer();

    public Analyzer English { get; } = new EnglishAnalyzer(Version);

    /// <summary>Routes each field to its analyzer; unknown fields get <see cref="ExactIndexing"/>.</summary>
    public Analyzer Indexing { get; }

    public Analyzer HighlightIndonesian { get; } = new HighlightAnalyzer(english: false);

    public Analyzer HighlightEnglish { get; } = new HighlightAnalyzer(english: true);

    /// <summary>Snippet analysis for Indonesian (and other non-English) articles.</summary>
    public SnippetAnalyzer SnippetsIndonesian { get; }

    /// <summary>Snippet analysis for English articles.</summary>
    public SnippetAnalyzer SnippetsEnglish { get; }

    public void Dispose()
    {
        Indexing.Dispose();
        Exact.Dispose();
        ExactIndexing.Dispose();
        Indonesian.Dispose();
        English.Dispose();
        HighlightIndonesian.Dispose();
        HighlightEnglish.Dispose();
    }
}
