using System.Diagnostics;
using Airspace.Core.Articles;
using Airspace.Core.Search;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;

namespace Airspace.Search;

/// <summary>
/// <see cref="ISearchIndex"/> over a Lucene directory on disk, scored with BM25.
/// </summary>
/// <remarks>
/// The index writer (and with it Lucene's write.lock) is only created by the first write, so a process that only
/// searches — the <c>airspace search</c> CLI next to a running bot — never contends for the lock. Searches read the
/// last commit through a <see cref="SearcherManager"/>, refreshed after every commit here and checked before every
/// search so commits by another process show up too. Writes are serialised; searches run concurrently.
/// </remarks>
public sealed class LuceneSearchIndex : ISearchIndex, IDisposable
{
    /// <summary>
    /// 2: domain stem overrides, designation tokens, filters and the coordinating BM25; 3: the demo mark (bump on any
    /// analysis or layout change).
    /// </summary>
    public const int CurrentSchemaVersion = 3;

    public const int MaxTake = 50;

    /// <summary>The file whose exclusive handle marks the one process that may write the index.</summary>
    public const string WriterLockFile = "airspace-writer.lock";
    public const int MaxSkip = 1000;

    private readonly string indexPath;
    private readonly ILogger logger;
    private readonly FSDirectory directory;
    private readonly SearchAnalyzers analyzers = new();
    private readonly SearchQueryCompiler compiler;
    private readonly RankedSearch ranked = new();
    private readonly Similarity similarity;
    private readonly SemaphoreSlim writeGate = new(1, 1);
    private readonly System.Threading.Lock readerGate = new();
    private IndexWriter? writer;

    /// <summary>Held while this instance owns the writer; see <see cref="OpenWriter"/>.</summary>
    private FileStream? writerLock;
    private SearcherManager? searchers;
    private bool disposed;

    public LuceneSearchIndex(IOptions<SearchOptions> options, ILogger<LuceneSearchIndex> logger)
        : this(options, logger, RankingWeights.Default)
    {
    }

    /// <summary>With other ranking weights (the benchmark's before/after and tuning runs).</summary>
    internal LuceneSearchIndex(IOptions<SearchOptions> options, ILogger<LuceneSearchIndex> logger, RankingWeights weights)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(logger);
        indexPath = Path.GetFullPath(options.Value.IndexPath);
        this.logger = logger;
        System.IO.Directory.CreateDirectory(indexPath);
        directory = FSDirectory.Open(indexPath);
        compiler = new SearchQueryCompiler(analyzers, weights);
        similarity = new CoordinatingBm25Similarity(weights.Bm25K1, weights.Bm25B);
    }

    public int SchemaVersion => CurrentSchemaVersion;

    public Task IndexAsync(IReadOnlyList<Article> articles, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(articles);
        return articles.Count == 0
            ? Task.CompletedTask
            : CommitAsync(w =>
            {
                foreach (var article in articles)
                {
                    ct.ThrowIfCancellationRequested();
                    w.UpdateDocument(new Term(SearchFields.Id, article.Id.ToString()), ArticleDocument.Create(article));
                }

                return Task.CompletedTask;
            }, ct);
    }

    public Task DeleteAsync(IReadOnlyCollection<ArticleId> ids, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(ids);
        return ids.Count == 0
            ? Task.CompletedTask
            : CommitAsync(w =>
            {
                w.DeleteDocuments([.. ids.Select(id => new Term(SearchFields.Id, id.ToString()))]);
                return Task.CompletedTask;
            }, ct);
    }

    /// <summary>One serialised write: <paramref name="change"/>, then a commit; any failure rolls the writer back.</summary>
    private async Task CommitAsync(Func<IndexWriter, Task> change, CancellationToken ct)
    {
        await writeGate.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            var w = OpenWriter();
            try
            {
                await change(w).ConfigureAwait(false);
                w.Commit();
            }
            catch (Exception e)
            {
                Abandon(w, e);
                throw;
            }
        }
        finally
        {
            writeGate.Release();
        }

        RefreshSearchers();
    }

    /// <remarks>
    /// Analysis runs on several threads (<see cref="ParallelIndexer"/>). One commit at the end, not one per batch: until then searchers keep seeing the old index, and a failed or
    /// cancelled rebuild rolls back to it. Memory stays bounded because the writer flushes segments to disk by size
    /// (<see cref="IndexWriterConfig.RAMBufferSizeMB"/>); only the commit point moves at the end.
    /// </remarks>
    public async Task<int> RebuildAsync(IAsyncEnumerable<Article> articles, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var stopwatch = Stopwatch.StartNew();
        var count = 0;
        await CommitAsync(async w =>
        {
            w.DeleteAll();
            count = await ParallelIndexer.AddAllAsync(w, articles, ct).ConfigureAwait(false);
        }, ct).ConfigureAwait(false);
        SearchLog.Rebuilt(logger, indexPath, count, stopwatch.ElapsedMilliseconds);
        return count;
    }

    public Task<SearchResults> SearchAsync(SearchQuery query, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);
        ct.ThrowIfCancellationRequested();
        var skip = Math.Clamp(query.Skip, 0, MaxSkip);
        var take = Math.Clamp(query.Take, 1, MaxTake);
        var compiled = compiler.Compile(query.Text);
        if (compiled.Notice is not null)
        {
            SearchLog.QueryReinterpreted(logger, compiled.Notice);
        }

        var manager = Searchers();
        if (compiled.Query is null || manager is null)
        {
            return Task.FromResult(SearchResults.Empty(compiled.Notice));
        }

        var searcher = manager.Acquire();
        try
        {
            var top = ranked.Top(searcher, compiled, query.IncludeDemo, skip + take);
            var hits = new List<SearchHit>(take);
            foreach (var scoreDoc in top.ScoreDocs.Skip(skip))
            {
                ct.ThrowIfCancellationRequested();
                hits.Add(ToHit(searcher, scoreDoc, compiled));
            }

            return Task.FromResult(new SearchResults(top.TotalHits, hits, compiled.Notice));
        }
        finally
        {
            manager.Release(searcher);
        }
    }

    public Task<int> CountAsync(CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        var manager = Searchers();
        if (manager is null)
        {
            return Task.FromResult(0);
        }

        var searcher = manager.Acquire();
        try
        {
            return Task.FromResult(searcher.IndexReader.NumDocs);
        }
        finally
        {
            manager.Release(searcher);
        }
    }

    /// <summary>Commit user data keys of <see cref="SearchIndexPosition"/>.</summary>
    private const string SequenceKey = "airspace.sequence";
    private const string SchemaKey = "airspace.schema";
    private const string BuildingKey = "airspace.building-total";

    public Task<SearchIndexPosition?> ReadPositionAsync(CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        ObjectDisposedException.ThrowIf(disposed, this);
        if (!DirectoryReader.IndexExists(directory))
        {
            return Task.FromResult<SearchIndexPosition?>(null);
        }

        var data = DirectoryReader.ListCommits(directory)[^1].UserData;
        return Task.FromResult(
            data.TryGetValue(SequenceKey, out var sequence) && data.TryGetValue(SchemaKey, out var schema)
            && long.TryParse(sequence, System.Globalization.CultureInfo.InvariantCulture, out var s)
            && int.TryParse(schema, System.Globalization.CultureInfo.InvariantCulture, out var v)
                ? new SearchIndexPosition(s, v)
                {
                    BuildingTotal = data.TryGetValue(BuildingKey, out var building) && long.TryParse(building, System.Globalization.CultureInfo.InvariantCulture, out var b) ? b : null,
                }
                : null);
    }

    public Task WritePositionAsync(SearchIndexPosition position, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(position);
        return CommitAsync(w =>
        {
            var data = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                [SequenceKey] = position.Sequence.ToString(System.Globalization.CultureInfo.InvariantCulture),
                [SchemaKey] = position.Schema.ToString(System.Globalization.CultureInfo.InvariantCulture),
            };
            if (position.BuildingTotal is { } building)
            {
                data[BuildingKey] = building.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            w.SetCommitData(data);
            return Task.CompletedTask;
        }, ct);
    }

    public void Dispose()
    {
        lock (readerGate)
        {
            if (disposed)
            {
                return;
            }

            disposed = true;
            searchers?.Dispose();
            searchers = null;
        }

        writer?.Dispose();
        writer = null;
        ReleaseWriterLock();
        directory.Dispose();
        analyzers.Dispose();
        writeGate.Dispose();
    }

    private SearchHit ToHit(IndexSearcher searcher, ScoreDoc scoreDoc, CompiledQuery compiled)
    {
        var document = searcher.Doc(scoreDoc.Doc, StoredFields);
        var english = document.Get(SearchFields.Stemmer) == SearchFields.StemmerEnglish;
        var snippet = SnippetBuilder.Build(
            document.Get(SearchFields.BodyExact) ?? string.Empty,
            english ? compiled.HighlightEnglish : compiled.HighlightIndonesian,
            english ? analyzers.SnippetsEnglish : analyzers.SnippetsIndonesian);
        var id = long.Parse(document.Get(SearchFields.Id), System.Globalization.CultureInfo.InvariantCulture);
        // Date-sorted hits (a filters-only query) carry no score.
        return new SearchHit(new ArticleId(id), float.IsNaN(scoreDoc.Score) ? 0 : scoreDoc.Score, snippet);
    }

    private static readonly ISet<string> StoredFields =
        new HashSet<string> { SearchFields.Id, SearchFields.Stemmer, SearchFields.BodyExact };

    private IndexWriter OpenWriter()
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        if (writer is not null)
        {
            return writer;
        }

        var config = new IndexWriterConfig(SearchAnalyzers.Version, analyzers.Indexing)
        {
            Similarity = similarity,
            OpenMode = OpenMode.CREATE_OR_APPEND,

            // Fewer, larger flushed segments: a rebuild of 100,000 articles spends less time merging.
            RAMBufferSizeMB = 48,
        };
        // Lucene's write.lock is not an OS lock here (a second process got a writer and the two wiped the index), so
        // the writer is guarded by our own exclusive file handle, which the OS releases even if the process dies.
        try
        {
            writerLock ??= new FileStream(Path.Combine(indexPath, WriterLockFile), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException e)
        {
            throw Locked(e);
        }

        try
        {
            writer = new IndexWriter(directory, config);
        }
        catch (LockObtainFailedException e)
        {
            ReleaseWriterLock();
            throw Locked(e);
        }

        return writer;
    }

    /// <summary>Discards uncommitted changes and the writer (releasing the lock); the next write reopens it.</summary>
    private void Abandon(IndexWriter w, Exception cause)
    {
        // Cancelled is shutdown (Ctrl+C during a rebuild): rolling back is the plan, not a failure worth a trace.
        if (cause is not OperationCanceledException)
        {
            SearchLog.WriteRolledBack(logger, cause);
        }

        try
        {
            w.Rollback();
        }
        finally
        {
            writer = null;
            ReleaseWriterLock();
        }
    }

    private SearchIndexLockedException Locked(Exception cause) =>
        new($"The search index at '{indexPath}' is in use by another process (is the bot running?).", cause);

    private void ReleaseWriterLock()
    {
        writerLock?.Dispose();
        writerLock = null;
    }

    /// <summary>The searcher manager, or null while no index has been committed yet.</summary>
    private SearcherManager? Searchers()
    {
        lock (readerGate)
        {
            ObjectDisposedException.ThrowIf(disposed, this);
            if (searchers is null)
            {
                if (!DirectoryReader.IndexExists(directory))
                {
                    return null;
                }

                try
                {
                    searchers = new SearcherManager(directory, new Bm25SearcherFactory(similarity));
                }
                catch (IOException)
                {
                    // The very first commit is still being written (Lucene 4 writes segments_N in place): there is
                    // nothing complete to read yet, which is an empty index for this search.
                    return null;
                }

                return searchers;
            }
        }

        try
        {
            // Cheap when nothing changed; picks up commits made by another process.
            searchers.MaybeRefresh();
        }
        catch (IOException)
        {
            // A commit is being written right now; this search reads the previous one.
        }

        return searchers;
    }

    private void RefreshSearchers()
    {
        SearcherManager? manager;
        lock (readerGate)
        {
            manager = searchers;
        }

        manager?.MaybeRefreshBlocking();
    }
}
