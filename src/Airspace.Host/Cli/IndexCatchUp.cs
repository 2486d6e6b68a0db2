using Airspace.Core.Search;

namespace Airspace.Host.Cli;

/// <summary>Brings the search index up to date from a verb; when the running bot holds the index, it does this itself.</summary>
internal static class IndexCatchUp
{
    public static async Task TryAsync(IServiceProvider services, CancellationToken ct)
    {
        try
        {
            await services.GetRequiredService<SearchIndexer>().CatchUpAsync(ct).ConfigureAwait(false);
        }
        catch (IOException)
        {
            // Lucene's write lock is held by a running bot, whose indexer follows the same change log.
        }
    }
}
