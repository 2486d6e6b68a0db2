using Airspace.Core.Sources;

namespace Airspace.Feeds.Sources;

/// <summary>
/// The feed poller's loop: each iteration polls every due source (a few at a time; per-host politeness is in the
/// fetcher), each in isolation so one source's failure never affects another, then sleeps until the next source is
/// due or the scheduler tick passes (stored sources added by another process are found then).
/// </summary>
public sealed class SourcePollLoop(
    SourceCatalog catalog,
    SourcePoller poller,
    ISourceStateStore states,
    IOptions<FeedsOptions> options,
    IJitterSource jitter,
    TimeProvider time,
    ILogger<SourcePollLoop> logger)
{
    private static readonly TimeSpan MinSleep = TimeSpan.FromMilliseconds(50);

    /// <summary>A poll that throws waits 2 s, doubling per further throw, at most <see cref="FeedsOptions.MaxBackoff"/>.</summary>
    private static readonly TimeSpan FirstThrowDelay = TimeSpan.FromSeconds(2);

    private readonly Backoff _thrownBackoff = new(FirstThrowDelay, options.Value.MaxBackoff > FirstThrowDelay ? options.Value.MaxBackoff : FirstThrowDelay, jitter);

    // A source whose poll throws (not a failing site: that is recorded in its state) waits here, backed off.
    private readonly Dictionary<string, (int Failures, DateTimeOffset NotBefore)> _thrown = new(StringComparer.OrdinalIgnoreCase);
    private readonly Lock _thrownGate = new();
    private int _announced = -1;
    private int _pollAll;

    /// <summary>Wakes the loop at once (a source was added in this process).</summary>
    public ChangeSignal Wake { get; } = new();

    /// <summary>The next iteration polls every source, due or not (<c>/sources poll</c>), and it starts at once.</summary>
    public void PollAllNow()
    {
        Interlocked.Exchange(ref _pollAll, 1);
        Wake.Notify();
    }

    // Everything, even the first read of the catalog, happens inside the loop: a store error is logged and backed off, never fatal.
    public Task RunAsync(CancellationToken ct) => SignalledLoop.RunAsync("Feed poller", Wake, RunOnceAsync, time, logger, ct, jitter);

    /// <summary>Polls the due sources; returns how long to sleep before the next is due.</summary>
    public async Task<TimeSpan> RunOnceAsync(CancellationToken ct)
    {
        var sources = await catalog.DefinitionsAsync(ct).ConfigureAwait(false);
        if (Interlocked.Exchange(ref _announced, sources.Count) != sources.Count)
        {
            FeedsLog.Following(logger, sources.Count);
        }

        var due = await DueAsync(sources, ct).ConfigureAwait(false);
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.Value.MaxConcurrentPolls, CancellationToken = ct };
        await Parallel.ForEachAsync(due, parallel, async (source, token) =>
        {
            try
            {
                await poller.PollAsync(source, token).ConfigureAwait(false);
                lock (_thrownGate)
                {
                    _thrown.Remove(source.Name);
                }
            }
            catch (Exception ex) when (!token.IsCancellationRequested)
            {
                FeedsLog.PollThrew(logger, ex, source.Name);
                lock (_thrownGate)
                {
                    var failures = _thrown.TryGetValue(source.Name, out var previous) ? previous.Failures + 1 : 1;
                    _thrown[source.Name] = (failures, time.GetUtcNow() + _thrownBackoff.Delay(failures));
                }
            }
        }).ConfigureAwait(false);

        return await SleepAsync(sources, ct).ConfigureAwait(false);
    }

    private async Task<List<SourceDefinition>> DueAsync(IReadOnlyList<SourceDefinition> sources, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var all = Interlocked.Exchange(ref _pollAll, 0) == 1;
        var saved = (await states.ListAsync(ct).ConfigureAwait(false)).ToDictionary(s => s.Name, StringComparer.OrdinalIgnoreCase);
        lock (_thrownGate)
        {
            return [.. sources.Where(s => (all || !saved.TryGetValue(s.Name, out var state) || state.NextPollAt is null || state.NextPollAt <= now)
                && !(_thrown.TryGetValue(s.Name, out var thrown) && thrown.NotBefore > now))];
        }
    }

    private async Task<TimeSpan> SleepAsync(IReadOnlyList<SourceDefinition> sources, CancellationToken ct)
    {
        var tick = options.Value.SchedulerTick;
        var names = new HashSet<string>(sources.Select(s => s.Name), StringComparer.OrdinalIgnoreCase);
        var next = (await states.ListAsync(ct).ConfigureAwait(false))
            .Where(s => names.Contains(s.Name) && s.NextPollAt is not null)
            .Select(s => s.NextPollAt!.Value)
            .DefaultIfEmpty(time.GetUtcNow() + tick)
            .Min();
        var sleep = next - time.GetUtcNow();
        return sleep < MinSleep ? MinSleep : sleep > tick ? tick : sleep;
    }
}
