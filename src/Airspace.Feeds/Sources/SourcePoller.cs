using Airspace.Core.Sources;

namespace Airspace.Feeds.Sources;

/// <summary>
/// Polls one source once: conditional GET, parse, ingest what is new or changed, and update the source's state
/// (validators, health, next poll with backoff or Retry-After). The first successful poll archives what exists
/// without alerting; a WordPress page made only of unseen posts is followed by the next pages so a burst is not
/// missed. Never throws for a failing site: a failure is recorded in the state.
/// </summary>
public sealed class SourcePoller(
    HttpFetcher http,
    SourceItemIngestor items,
    ISourceStateStore states,
    SourceNotifier notifier,
    IOptions<FeedsOptions> options,
    IJitterSource jitter,
    TimeProvider time,
    ILogger<SourcePoller> logger)
{
    private const string FeedAccept = "application/rss+xml, application/atom+xml, application/feed+json, application/json;q=0.9, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.8";

    public async Task<PollStats> PollAsync(SourceDefinition source, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(source);
        var state = await states.GetAsync(source.Name, ct).ConfigureAwait(false);
        var pageSize = options.Value.WordPressPageSize;
        var first = await FetchAsync(source, WordPressApi.PollUrl(source, pageSize), state, conditional: true, ct).ConfigureAwait(false);
        var stats = new PollStats { Requests = 1, Bytes = first.BytesReceived };
        if (first.Status == HttpFetchStatus.NotModified)
        {
            await SucceedAsync(source, state, state.ETag, state.LastModified, state.ItemCount, ct).ConfigureAwait(false);
            return Logged(source, stats with { NotModified = true });
        }

        if (Parse(first, out var error) is not { } feed)
        {
            return await FailAsync(source, state, error!, first.RetryAfter, stats, ct).ConfigureAwait(false);
        }

        var firstPoll = state.BaselineAt is null;
        var entries = feed.Items;
        if (source.Kind == SourceKind.WordPress && !firstPoll)
        {
            (entries, var more) = await CatchUpAsync(source, entries, ct).ConfigureAwait(false);
            stats = stats.Add(more);
        }

        var quietBefore = state.BaselineAt - options.Value.ReentryGrace;
        stats = stats.Add(await items.IngestAsync(source, entries, allQuiet: firstPoll, quietBefore, ct).ConfigureAwait(false));

        if (firstPoll)
        {
            FeedsLog.Baselined(logger, source.Name, stats.QuietItems);
        }

        await SucceedAsync(source, state, first.ETag, first.LastModified, feed.Items.Count, ct).ConfigureAwait(false);
        return Logged(source, stats);
    }

    /// <summary>
    /// Explicit backfill: WordPress posts pages 1..<paramref name="pages"/> by date (<see cref="FeedsOptions.WordPressPageSize"/> a page), or the feed as it is,
    /// all archived without alerting. Polling state is left alone except that a source never polled counts as
    /// baselined, so its first poll does not treat backfilled items as new.
    /// </summary>
    public async Task<PollStats> BackfillAsync(SourceDefinition source, int pages, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(source);
        var stats = new PollStats();
        var count = source.Kind == SourceKind.WordPress ? Math.Max(1, pages) : 1;
        var size = options.Value.WordPressPageSize;
        for (var number = 1; number <= count; number++)
        {
            var url = source.Kind == SourceKind.WordPress ? WordPressApi.PostsPage(source.Url, number, size, "date") : source.Url;
            var result = await FetchAsync(source, url, null, conditional: false, ct).ConfigureAwait(false);
            stats = stats with { Requests = stats.Requests + 1, Bytes = stats.Bytes + result.BytesReceived };
            if (number > 1 && result.StatusCode == 400)
            {
                break; // WordPress answers 400 rest_post_invalid_page_number past the last page.
            }

            if (Parse(result, out var error) is not { } feed)
            {
                return stats with { Error = error };
            }

            stats = stats.Add(await items.IngestAsync(source, feed.Items, allQuiet: true, null, ct).ConfigureAwait(false));
            if (feed.Items.Count < size)
            {
                break;
            }
        }

        var state = await states.GetAsync(source.Name, ct).ConfigureAwait(false);
        if (state.BaselineAt is null)
        {
            await states.SaveAsync(state with { BaselineAt = time.GetUtcNow() }, ct).ConfigureAwait(false);
        }

        return stats;
    }

    /// <summary>While a full page holds only posts never seen, the next page may hold more: read on (bounded), so all are ingested together, oldest first.</summary>
    private async Task<(IReadOnlyList<FeedEntry> Entries, PollStats Stats)> CatchUpAsync(SourceDefinition source, IReadOnlyList<FeedEntry> firstPage, CancellationToken ct)
    {
        var all = firstPage.ToList();
        var stats = new PollStats();
        var size = options.Value.WordPressPageSize;
        var page = firstPage;
        for (var number = 2; number <= options.Value.MaxCatchUpPages + 1 && page.Count >= size
            && await items.AllUnknownAsync(source, page, ct).ConfigureAwait(false); number++)
        {
            var result = await FetchAsync(source, WordPressApi.PostsPage(source.Url, number, size, "modified"), null, conditional: false, ct).ConfigureAwait(false);
            stats = stats with { Requests = stats.Requests + 1, Bytes = stats.Bytes + result.BytesReceived };
            if (Parse(result, out _) is not { } feed)
            {
                break;
            }

            page = feed.Items;
            all.AddRange(page);
        }

        return (all, stats);
    }

    private Task<HttpFetchResult> FetchAsync(SourceDefinition source, Uri url, SourceState? state, bool conditional, CancellationToken ct) =>
        http.FetchAsync(new HttpFetchRequest
        {
            Url = url,
            AllowLocal = source.Local,
            LocalHost = source.Url.IdnHost,
            Accept = source.Kind == SourceKind.WordPress ? "application/json" : FeedAccept,
            ETag = conditional ? state?.ETag : null,
            LastModified = conditional ? state?.LastModified : null,
            MaxBytes = options.Value.MaxDocumentBytes,
        }, ct);

    private static ParsedFeed? Parse(HttpFetchResult result, out string? error)
    {
        error = result.Error;
        if (result.Status != HttpFetchStatus.Ok || result.Body is null)
        {
            error ??= "the server answered 304 Not Modified to an unconditional request";
            return null;
        }

        try
        {
            return FeedParser.Parse(result.Body, result.Url, result.Charset);
        }
        catch (FeedFormatException ex)
        {
            error = $"{SafeUrl.Redact(result.Url)} is not a readable feed: {ex.Message}";
            return null;
        }
    }

    private async Task SucceedAsync(SourceDefinition source, SourceState state, string? etag, string? lastModified, int itemCount, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        if (state.Health == SourceHealth.Unhealthy)
        {
            FeedsLog.SourceRecovered(logger, source.Name);
        }

        await states.SaveAsync(state with
        {
            Name = source.Name,
            Health = SourceHealth.Healthy,
            ETag = etag,
            LastModified = lastModified,
            ConsecutiveFailures = 0,
            LastError = null,
            LastPollAt = now,
            LastSuccessAt = now,
            NextPollAt = now + source.Interval,
            BaselineAt = state.BaselineAt ?? now,
            UnhealthySince = null,
            ItemCount = itemCount,
        }, ct).ConfigureAwait(false);
    }

    private async Task<PollStats> FailAsync(SourceDefinition source, SourceState state, string error, TimeSpan? retryAfter, PollStats stats, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var failures = state.ConsecutiveFailures + 1;
        var delay = RetryDelay(source.Interval, failures);
        if (retryAfter > delay)
        {
            // The site said when to come back: exactly that, never jittered below it.
            delay = retryAfter.Value;
        }

        var unhealthy = failures >= options.Value.FailureThreshold;
        var next = state with
        {
            Name = source.Name,
            Health = unhealthy ? SourceHealth.Unhealthy : state.Health,
            ConsecutiveFailures = failures,
            LastError = error,
            LastPollAt = now,
            NextPollAt = now + delay,
            UnhealthySince = unhealthy ? state.UnhealthySince ?? now : state.UnhealthySince,
        };
        await states.SaveAsync(next, ct).ConfigureAwait(false);
        FeedsLog.PollFailed(logger, source.Name, failures, now + delay, error);
        AirspaceMetrics.SourcePolled(source.Name, "failed");
        if (unhealthy)
        {
            if (state.Health != SourceHealth.Unhealthy)
            {
                FeedsLog.SourceUnhealthy(logger, source.Name, failures, error);
            }

            await notifier.EnsureNoticesAsync(source, next, ct).ConfigureAwait(false);
        }

        return stats with { Error = error };
    }

    /// <summary>The interval after one failure, doubling with each further one, jittered, capped at MaxBackoff (never below the interval).</summary>
    private TimeSpan RetryDelay(TimeSpan interval, int failures)
    {
        var backoff = new Backoff(interval, interval > options.Value.MaxBackoff ? interval : options.Value.MaxBackoff, jitter);
        var delay = backoff.Delay(failures);
        return delay < interval ? interval : delay;
    }

    private PollStats Logged(SourceDefinition source, PollStats stats)
    {
        FeedsLog.Polled(logger, source.Name, stats.NotModified ? "not modified" : "fetched", stats.NewItems, stats.ChangedItems, stats.QuietItems, stats.Bytes);
        AirspaceMetrics.SourcePolled(source.Name, stats.NotModified ? "not_modified" : "fetched");
        return stats;
    }
}
