namespace Airspace.Core;

/// <summary>
/// In-process "something changed" broadcast. Loops read <see cref="Changed"/> before doing their work and wait on it
/// afterwards (with a poll timeout for writers in other processes), so a notification is never missed.
/// </summary>
public sealed class ChangeSignal
{
    private TaskCompletionSource _changed = NewSource();

    /// <summary>Completes at the next <see cref="Notify"/> after it was read.</summary>
    public Task Changed => Volatile.Read(ref _changed).Task;

    public void Notify() => Interlocked.Exchange(ref _changed, NewSource()).TrySetResult();

    private static TaskCompletionSource NewSource() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
