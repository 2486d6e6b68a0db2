using System.Diagnostics;
using Airspace.Benchmarks.Search;
using Airspace.Search.Analysis;
using Airspace.Search.Indexing;
using Airspace.Search.Querying;
using Airspace.Search.Snippets;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;

namespace Airspace.Benchmarks.Scale;

/// <summary><c>profile N</c>: where a query's time goes (compile, search, stored fields, snippets) on an N-article index.</summary>
public static class ProfileCommand
{
    public static async Task RunAsync(SearchCorpus corpus, int count)
    {
        using var lucene = new TempLuceneIndex("profile");
        await lucene.Index.RebuildAsync(
            Enumerable.Range(0, count).Select(i => SearchCorpus.Copy(corpus.Articles[i % corpus.Articles.Count], i + 1)).ToAsyncEnumerable(),
            CancellationToken.None);
        using var analyzers = new SearchAnalyzers();
        var compiler = new SearchQueryCompiler(analyzers);
        using var directory = FSDirectory.Open(lucene.Path);
        using var reader = DirectoryReader.Open(directory);
        var searcher = new IndexSearcher(reader) { Similarity = new CoordinatingBm25Similarity() };
        var fields = new HashSet<string> { SearchFields.Id, SearchFields.Stemmer, SearchFields.BodyExact };
        foreach (var (name, queries) in new[] { ("short", corpus.Queries.Select(ScaleBenchmark.ShortQuery).Take(300).ToList()), ("long", corpus.Queries.Take(300).ToList()) })
        {
            double compile = 0, search = 0, stored = 0, snippets = 0;
            for (var pass = 0; pass < 2; pass++)
            {
                compile = search = stored = snippets = 0;
                foreach (var q in queries)
                {
                    var t = Stopwatch.GetTimestamp();
                    var compiled = compiler.Compile(q);
                    compile += Stopwatch.GetElapsedTime(t).TotalMilliseconds;
                    if (compiled.Query is null)
                    {
                        continue;
                    }

                    t = Stopwatch.GetTimestamp();
                    var top = searcher.Search(compiled.Query, 5);
                    search += Stopwatch.GetElapsedTime(t).TotalMilliseconds;
                    foreach (var sd in top.ScoreDocs)
                    {
                        t = Stopwatch.GetTimestamp();
                        var doc = searcher.Doc(sd.Doc, fields);
                        stored += Stopwatch.GetElapsedTime(t).TotalMilliseconds;
                        t = Stopwatch.GetTimestamp();
                        SnippetBuilder.Build(doc.Get(SearchFields.BodyExact) ?? string.Empty, compiled.HighlightIndonesian, analyzers.SnippetsIndonesian);
                        snippets += Stopwatch.GetElapsedTime(t).TotalMilliseconds;
                    }
                }
            }

            var n = queries.Count;
            Console.WriteLine($"{name}: per query compile {compile / n:F2} ms, search {search / n:F2} ms, stored {stored / n:F2} ms, snippets {snippets / n:F2} ms");
        }
    }
}
