namespace Airspace.Telegram.Commands;

/// <summary>
/// <c>/summary &lt;url&gt;</c> fetches a page on the spot: at most <see cref="TelegramOptions.SummaryConcurrency"/> at
/// once, each given <see cref="TelegramOptions.SummaryTimeout"/> in all (the wait for a turn included), so a slow site
/// costs its own chat a short wait and nothing more.
/// </summary>
internal sealed class SummaryGate(IOptions<TelegramOptions> settings, TimeProvider time)
{
    private readonly TelegramOptions _options = settings.Value;

    private readonly SemaphoreSlim _slots = new(settings.Value.SummaryConcurrency, settings.Value.SummaryConcurrency);

    public TimeSpan Timeout => _options.SummaryTimeout;

    /// <summary>The result of <paramref name="work"/>, or null when the time ran out.</summary>
    public async Task<T?> RunAsync<T>(Func<CancellationToken, Task<T>> work, CancellationToken ct)
        where T : class
    {
        using var timeout = new CancellationTokenSource(_options.SummaryTimeout, time);
        using var both = CancellationTokenSource.CreateLinkedTokenSource(ct, timeout.Token);
        try
        {
            await _slots.WaitAsync(both.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return null;
        }

        // The slot is freed when the work really ends, even if we stop waiting for it earlier: the cap stays true.
        var task = work(both.Token);
        _ = task.ContinueWith(t => { _ = t.Exception; _slots.Release(); }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        try
        {
            return await task.WaitAsync(both.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested && timeout.IsCancellationRequested)
        {
            return null;
        }
    }
}
