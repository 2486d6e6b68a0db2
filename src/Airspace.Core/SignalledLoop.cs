using Microsoft.Extensions.Logging;

namespace Airspace.Core;

/// <summary>
/// The shape of every store-following loop: run an iteration, then sleep until signalled or until the next poll.
/// A failed iteration is logged and backed off (exponentially, capped), never fatal; cancellation ends the loop.
/// </summary>
public static class SignalledLoop
{
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromMinutes(1);

    /// <param name="iteration">Does the work; returns how long to sleep at most before the next iteration.</param>
    public static async Task RunAsync(
        string name,
        ChangeSignal signal,
        Func<CancellationToken, Task<TimeSpan>> iteration,
        TimeProvider time,
        ILogger logger,
        CancellationToken ct)
    {
        var failures = 0;
        while (!ct.IsCancellationRequested)
        {
            var changed = signal.Changed;
            TimeSpan sleep;
            try
            {
                sleep = await iteration(ct).ConfigureAwait(false);
                failures = 0;
            }
            catch (Exception ex) when (!ct.IsCancellationRequested)
            {
                failures++;
                var backoff = TimeSpan.FromSeconds(Math.Min(MaxBackoff.TotalSeconds, Math.Pow(2, Math.Min(failures, 10))));
                CoreLog.LoopFailed(logger, ex, name, backoff);
                await Task.Delay(backoff, time, ct).ConfigureAwait(false);
                continue;
            }
            catch (OperationCanceledException)
            {
                return;
            }

            if (sleep > TimeSpan.Zero)
            {
                await WaitAsync(changed, sleep, time, ct).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Waits for <paramref name="changed"/> or <paramref name="timeout"/>, whichever comes first; returns on cancellation.</summary>
    public static async Task WaitAsync(Task changed, TimeSpan timeout, TimeProvider time, CancellationToken ct)
    {
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var delay = Task.Delay(timeout, time, cts.Token);
        await Task.WhenAny(changed, delay).ConfigureAwait(false);
        await cts.CancelAsync().ConfigureAwait(false);
    }
}
