using System.Threading.Channels;
using Airspace.Core.Articles;
using Lucene.Net.Index;

namespace Airspace.Search.Indexing;

/// <summary>
/// Feeds articles to an <see cref="IndexWriter"/> from one worker per core: the writer is thread-safe and analysis
/// (tokenising, stemming four text fields) is where a rebuild spends its time. Documents land in arrival order per
/// worker, so doc ids (and only the order of exactly tied hits) may differ between two rebuilds.
/// </summary>
internal static class ParallelIndexer
{
    private const int MaxWorkers = 4;
    private const int QueueLength = 256;

    public static async Task<int> AddAllAsync(IndexWriter writer, IAsyncEnumerable<Article> articles, CancellationToken ct)
    {
        var workers = Math.Clamp(Environment.ProcessorCount, 1, MaxWorkers);
        var queue = Channel.CreateBounded<Article>(new BoundedChannelOptions(QueueLength) { SingleWriter = true });
        using var failed = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var consumers = Enumerable.Range(0, workers).Select(_ => Task.Run(
            async () =>
            {
                try
                {
                    await foreach (var article in queue.Reader.ReadAllAsync(failed.Token).ConfigureAwait(false))
                    {
                        writer.AddDocument(ArticleDocument.Create(article));
                    }
                }
                catch
                {
                    // Stop the producer and the other workers; the exception surfaces from WhenAll below.
                    await failed.CancelAsync().ConfigureAwait(false);
                    throw;
                }
            },
            CancellationToken.None)).ToArray();

        var count = 0;
        try
        {
            await foreach (var article in articles.WithCancellation(failed.Token).ConfigureAwait(false))
            {
                await queue.Writer.WriteAsync(article, failed.Token).ConfigureAwait(false);
                count++;
            }
        }
        finally
        {
            queue.Writer.TryComplete();
            try
            {
                await Task.WhenAll(consumers).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (!ct.IsCancellationRequested)
            {
                // A worker failed and cancelled the rest; its own exception is rethrown below.
            }
        }

        foreach (var consumer in consumers.Where(c => c.IsFaulted))
        {
            await consumer.ConfigureAwait(false);
        }

        return count;
    }
}
