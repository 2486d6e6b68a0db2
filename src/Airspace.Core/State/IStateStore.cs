namespace Airspace.Core.State;

/// <summary>
/// Small named values that loops and adapters keep between runs (see <see cref="StateKey{T}"/>), apart from the
/// articles. Several processes may share the store; each value is read and written on its own.
/// </summary>
public interface IStateStore
{
    /// <summary>The stored value; a key never set reads as stored 0 (see <see cref="StateKey{T}.FromStored"/>).</summary>
    Task<T> GetAsync<T>(StateKey<T> key, CancellationToken ct);

    Task SetAsync<T>(StateKey<T> key, T value, CancellationToken ct);

    /// <summary>
    /// Sets the value only when it moves the stored integer forward (a position that only grows, such as Telegram's
    /// update offset): a late write from a process that has since lost the role cannot move it back. True when stored.
    /// </summary>
    Task<bool> AdvanceAsync<T>(StateKey<T> key, T value, CancellationToken ct);
}
