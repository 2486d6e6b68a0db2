namespace Airspace.Core;

/// <summary>
/// The shape of every store-following loop: run an iteration, then sleep until signalled or until the next poll.
/// A failed iteration is logged and backed off (<see cref="FailureBackoff"/>), never fatal; an unavailable store
/// (<see cref="StoreUnavailableException"/>) is waited out quietly (<see cref="StoreBackoff"/>); cancellation ends the
/// loop, and so does a role-owned write fenced out (<see cref="Roles.FencedOutException"/>: the role is gone, retrying
/// is futile).
/// </summary>
public static class SignalledLoop
{
    /// <summary>2 s after the first failure, doubling, at most a minute (jittered): a store that stays busy is not hammered.</summary>
    public static Backoff FailureBackoff(IJitterSource? jitter = null) => new(TimeSpan.FromSeconds(2), TimeSpan.FromMinutes(1), jitter);

    /// <summary>While the store is unavailable: 1 s after the first failure, doubling, at most 5 s (jittered).</summary>
    public static Backoff StoreBackoff(IJitterSource? jitter = null) => new(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(5), jitter);

    /// <param name="iteration">Does the work; returns how long to sleep at most before the next iteration.</param>
    /// <param name="jitter">The randomness of the failure back-off (tests pass a fixed one).</param>
    public static async Task RunAsync(
        string name,
        ChangeSignal signal,
        Func<CancellationToken, Task<TimeSpan>> iteration,
        TimeProvider time,
        ILogger logger,
        CancellationToken ct,
        IJitterSource? jitter = null)
    {
        var backoff = FailureBackoff(jitter);
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
            catch (Exception ex) when (!ct.IsCancellationRequested && ex is not Roles.FencedOutException)
            {
                failures++;
                if (StoreUnavailableException.IsIn(ex))
                {
                    // An outage is logged once, by StoreAvailability; the loop only waits it out, briefly, so it
                    // catches up within seconds of the store coming back.
                    var wait = StoreBackoff(backoff.Random).Delay(failures);
                    CoreLog.LoopWaitsForStore(logger, name, wait, ex.Message);
                    await Task.Delay(wait, time, ct).ConfigureAwait(false);
                    continue;
                }

                var delay = backoff.Delay(failures);
                CoreLog.LoopFailed(logger, ex, name, delay);
                await Task.Delay(delay, time, ct).ConfigureAwait(false);
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
