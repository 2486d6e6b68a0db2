using Microsoft.Extensions.Hosting;

namespace Airspace.Discord.Commands;

/// <summary>
/// Where interactions are answered: off the HTTP request and off the gateway's receive loop, at most
/// <see cref="Concurrency"/> at once so a burst cannot starve the thread pool that acknowledges the rest. Every task
/// is tracked: a failure is logged, and shutdown waits for the answers in progress (cancelling them only when the
/// host's shutdown timeout runs out).
/// </summary>
internal sealed class InteractionWork(ILogger<InteractionWork> logger) : IHostedService
{
    /// <summary>Answers computed at once; the rest are acknowledged (deferred) at once and wait for a turn.</summary>
    public static readonly int Concurrency = Math.Max(4, Environment.ProcessorCount * 2);

    private readonly SemaphoreSlim _slots = new(Concurrency, Concurrency);
    private readonly CancellationTokenSource _stopping = new();
    private readonly Lock _gate = new();
    private readonly HashSet<Task> _running = [];
    private bool _isStopping;

    /// <summary>
    /// Runs <paramref name="work"/> in the background. When every slot is taken, <paramref name="whenQueued"/> runs
    /// first, started on the caller's thread before this returns (it acknowledges the interaction so it can wait).
    /// </summary>
    /// <summary>True once shutdown has begun: work started now would not be waited for.</summary>
    public bool IsStopping => Volatile.Read(ref _isStopping);

    public void Run(string interactionId, string name, Func<CancellationToken, Task> whenQueued, Func<CancellationToken, Task> work)
    {
        var ct = _stopping.Token;
        Task task;
        if (_slots.Wait(0))
        {
            // Task.Run: a handler may compute for a while before its first await; never on the caller's thread.
            task = Task.Run(() => GuardAsync(interactionId, name, work, ownsSlot: true, ct), CancellationToken.None);
        }
        else
        {
            var acknowledged = GuardAsync(interactionId, name, whenQueued, ownsSlot: false, ct);
            task = Task.Run(async () =>
            {
                await acknowledged.ConfigureAwait(false);
                try
                {
                    await _slots.WaitAsync(ct).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    return;
                }

                await GuardAsync(interactionId, name, work, ownsSlot: true, ct).ConfigureAwait(false);
            }, CancellationToken.None);
        }

        lock (_gate)
        {
            _running.Add(task);
        }

        _ = task.ContinueWith(Forget, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        Task[] running;
        lock (_gate)
        {
            Volatile.Write(ref _isStopping, true);
            running = [.. _running];
        }

        try
        {
            await Task.WhenAll(running).WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            await _stopping.CancelAsync().ConfigureAwait(false);
            await Task.WhenAll(running).ConfigureAwait(false);
        }
    }

    private async Task GuardAsync(string interactionId, string name, Func<CancellationToken, Task> work, bool ownsSlot, CancellationToken ct)
    {
        try
        {
            await work(ct).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
        }
        catch (Exception ex)
        {
            DiscordLog.InteractionHandlerFailed(logger, ex, interactionId, name);
        }
        finally
        {
            if (ownsSlot)
            {
                _slots.Release();
            }
        }
    }

    private void Forget(Task task)
    {
        lock (_gate)
        {
            _running.Remove(task);
        }
    }
}
