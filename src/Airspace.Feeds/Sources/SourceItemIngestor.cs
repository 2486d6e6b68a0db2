using Airspace.Core.Articles;
using Airspace.Core.Ingest;
using Airspace.Core.Sources;

namespace Airspace.Feeds.Sources;

/// <summary>
/// Turns a page of feed items into store writes: only items new to the source or changed since (by fingerprint) are
/// processed, excerpts get the article page's full text, and each goes through the one ingest path. The store's
/// dedup (source + id, then URL, then content hash) makes a story seen in two feeds one article, and a changed item
/// an Updated article (the publisher edits what it posted).
/// </summary>
public sealed class SourceItemIngestor(
    ArticleIngestor ingestor,
    ISourceStateStore states,
    PageArticleFetcher pages,
    IOptions<FeedsOptions> options,
    TimeProvider time,
    ILogger<SourceItemIngestor> logger)
{
    private static readonly string[] ReadMore = ["Read more", "Continue reading", "Baca selengkapnya", "Selengkapnya", "Read More »"];

    /// <param name="quietBefore">New items dated before this are archived quietly; null archives every new item quietly.</param>
    /// <param name="allQuiet">Archive everything quietly (first poll, backfill).</param>
    public async Task<PollStats> IngestAsync(SourceDefinition source, IReadOnlyList<FeedEntry> entries, bool allQuiet, DateTimeOffset? quietBefore, CancellationToken ct)
    {
        // A post can appear twice when pages shift during paging; the first (most recent) copy wins.
        var wanted = entries.Where(e => Matches(source, e)).DistinctBy(ItemIdentity.Key).ToList();
        var keys = wanted.Select(ItemIdentity.Key).ToList();
        var known = await states.GetItemsAsync(source.Name, keys, ct).ConfigureAwait(false);
        var stats = new PollStats();
        var fullTextBudget = options.Value.MaxFullTextFetchesPerPoll;
        foreach (var (entry, key) in Chronological(wanted, keys))
        {
            var fingerprint = ItemIdentity.Fingerprint(entry);
            known.TryGetValue(key, out var previous);
            if (previous is not null && previous.Fingerprint == fingerprint)
            {
                continue;
            }

            var quiet = allQuiet || (entry.Published ?? entry.Updated) < quietBefore;
            PageArticle? page = null;
            if (NeedsFullText(source, entry) && fullTextBudget-- > 0)
            {
                (page, var error) = await pages.FetchPageAsync(new Uri(entry.Link!), source.Local ? source.Url.IdnHost : null, ct).ConfigureAwait(false);
                stats = stats with { Requests = stats.Requests + 1 };
                if (page is null)
                {
                    FeedsLog.FullTextFailed(logger, SafeUrl.Redact(new Uri(entry.Link!)), error ?? "unknown");
                }
            }

            var result = await ingestor.IngestAsync(Draft(source, entry, key, page, quiet), ct).ConfigureAwait(false);
            if (result.Outcome is { } outcome)
            {
                stats = outcome.Kind switch
                {
                    UpsertKind.Inserted when quiet => stats with { QuietItems = stats.QuietItems + 1 },
                    UpsertKind.Inserted => stats with { NewItems = stats.NewItems + 1 },
                    UpsertKind.Updated => stats with { ChangedItems = stats.ChangedItems + 1 },
                    _ => stats,
                };
            }
            else
            {
                var shown = Uri.TryCreate(key, UriKind.Absolute, out var keyUrl) ? SafeUrl.Redact(keyUrl) : key.Length > 120 ? key[..120] : key;
                FeedsLog.ItemRefused(logger, shown, source.Name, result.Error ?? "refused");
            }

            // Recorded even when refused, so an item with no text is not fetched and refused again every poll.
            await states.RecordItemAsync(new SourceItem(source.Name, key, fingerprint, result.Outcome?.Id.Value), time.GetUtcNow(), ct).ConfigureAwait(false);
        }

        return stats;
    }

    /// <summary>Whether none of <paramref name="entries"/> was ingested from this source before.</summary>
    public async Task<bool> AllUnknownAsync(SourceDefinition source, IReadOnlyList<FeedEntry> entries, CancellationToken ct)
    {
        var keys = entries.Where(e => Matches(source, e)).Select(ItemIdentity.Key).ToList();
        return keys.Count > 0 && (await states.GetItemsAsync(source.Name, keys, ct).ConfigureAwait(false)).Count == 0;
    }

    /// <summary>Oldest first, so alerts go out in the order the source published them.</summary>
    private static IEnumerable<(FeedEntry Entry, string Key)> Chronological(List<FeedEntry> entries, List<string> keys)
    {
        var indexed = entries.Select((e, i) => (Entry: e, Key: keys[i], Index: i)).ToList();
        var ordered = indexed.All(x => (x.Entry.Published ?? x.Entry.Updated) is not null)
            ? indexed.OrderBy(x => x.Entry.Published ?? x.Entry.Updated).ThenByDescending(x => x.Index)
            : indexed.OrderByDescending(x => x.Index);
        return ordered.Select(x => (x.Entry, x.Key));
    }

    /// <summary>
    /// WordPress's API carries the full content, so only an empty one sends us to the page. A feed item is an excerpt
    /// when it has no full content and its summary is short or visibly cut ("…", "[…]", "Read more").
    /// </summary>
    private bool NeedsFullText(SourceDefinition source, FeedEntry entry)
    {
        if (!options.Value.FullText || entry.Link is null || !Uri.TryCreate(entry.Link, UriKind.Absolute, out var uri) || !FeedUrls.IsWeb(uri))
        {
            return false;
        }

        if (source.Kind == SourceKind.WordPress)
        {
            return entry.Content is null;
        }

        var text = entry.Content ?? entry.Summary;
        return text is null || (text.Length < options.Value.FullTextMinLength && (entry.Content is null || LooksCut(text)));
    }

    private static bool LooksCut(string text)
    {
        var end = text.TrimEnd();
        return end.EndsWith('…') || end.EndsWith("...", StringComparison.Ordinal) || end.EndsWith("[…]", StringComparison.Ordinal)
            || end.EndsWith("[...]", StringComparison.Ordinal)
            || ReadMore.Any(marker => end.EndsWith(marker, StringComparison.OrdinalIgnoreCase));
    }

    private static bool Matches(SourceDefinition source, FeedEntry entry) =>
        source.Categories.Count == 0
        || entry.Categories.Any(c => source.Categories.Contains(c, StringComparer.OrdinalIgnoreCase));

    private static ArticleDraft Draft(SourceDefinition source, FeedEntry entry, string key, PageArticle? page, bool quiet)
    {
        var feedText = entry.Content ?? entry.Summary;
        var text = page is not null && page.Text.Length > (feedText?.Length ?? 0) ? page.Text : feedText;
        return new ArticleDraft
        {
            Source = source.Name,
            Feed = source.Name,
            ExternalId = key,
            Url = entry.Link,
            Title = entry.Title ?? page?.Title,
            Text = text ?? entry.Title ?? "",
            Published = entry.Published ?? entry.Updated ?? page?.Published,
            Updated = entry.Updated,
            Author = entry.Author ?? page?.Author,
            Categories = entry.Categories.Count > 0 ? entry.Categories : page?.Categories ?? [],
            ImageUrl = entry.Image ?? page?.Image,
            Quiet = quiet,
        };
    }
}
