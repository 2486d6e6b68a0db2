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
            // Lucene's write lock is held by a running bot, whose indexer follows the same change log. If it is still
            // building the index, searches here say how far it is, as the bot's own do.
            var index = services.GetRequiredService<ISearchIndex>();
            if (await index.ReadPositionAsync(ct).ConfigureAwait(false) is { BuildingTotal: { } total })
            {
                services.GetRequiredService<SearchIndexBuild>().Seen(await index.CountAsync(ct).ConfigureAwait(false), total);
            }
        }
    }
}
