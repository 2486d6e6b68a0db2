using Airspace.Search.Querying;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace Airspace.Search.Tests;

/// <summary>
/// The first pass looks its words' term states up once per query with terms enumerators kept per thread and reader
/// (<see cref="SeekedTerms"/>): they must never outlive their reader, and the states must score as Lucene's own.
/// </summary>
public sealed class SeekedTermsTests : IDisposable
{
    private readonly RAMDirectory first = Index("kapal");
    private readonly RAMDirectory second = Index("selam");

    public void Dispose()
    {
        first.Dispose();
        second.Dispose();
    }

    [Fact]
    public void Seek_AnotherReaderOnTheSameThread_FindsTheTermsOfThatReader()
    {
        using var before = DirectoryReader.Open(first);
        var old = new SeekedTerms(new IndexSearcher(before));
        old.Seek([new Term("body", "kapal")]);

        using var after = DirectoryReader.Open(second);
        var seeked = new SeekedTerms(new IndexSearcher(after));
        seeked.Seek([new Term("body", "selam")]);

        Assert.NotNull(old.StateIn(new Term("body", "kapal"), 0));
        Assert.NotNull(seeked.StateIn(new Term("body", "selam"), 0));
    }

    [Fact]
    public void Apply_TermQueries_ScoresAsWithoutTheStates()
    {
        using var reader = DirectoryReader.Open(first);
        var searcher = new IndexSearcher(reader);
        var query = new BooleanQuery
        {
            { new TermQuery(new Term("body", "kapal")) { Boost = 3f }, Occur.SHOULD },
            { new DisjunctionMaxQuery(0.1f) { new TermQuery(new Term("body", "kapal")), new TermQuery(new Term("body", "nothing")) }, Occur.SHOULD },
        };
        var seeked = new SeekedTerms(searcher);
        seeked.Seek([new Term("body", "kapal"), new Term("body", "nothing")]);

        var expected = searcher.Search(query, 10);
        var found = searcher.Search(seeked.Apply(query), 10);

        Assert.Equal(expected.TotalHits, found.TotalHits);
        Assert.Equal(expected.ScoreDocs.Select(d => (d.Doc, d.Score)), found.ScoreDocs.Select(d => (d.Doc, d.Score)));
        Assert.IsType<TermQuery>(((BooleanQuery)seeked.Apply(query)).Clauses[0].Query);
    }

    /// <summary>A one-segment index whose documents hold <paramref name="word"/> (three of five documents).</summary>
    private static RAMDirectory Index(string word)
    {
        var directory = new RAMDirectory();
        using var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, new WhitespaceAnalyzer(LuceneVersion.LUCENE_48)));
        for (var i = 0; i < 5; i++)
        {
            writer.AddDocument(new Document { new TextField("body", i < 3 ? $"{word} {word} tiba" : "tiba", Field.Store.NO) });
        }

        writer.Commit();
        return directory;
    }
}
