namespace Airspace.Core.State;

/// <summary>
/// A value a loop or an adapter keeps between runs (a change-log position, a platform's update offset, a budget),
/// stored as one integer under <see cref="Name"/>. The name is what the store holds: renaming it loses the value (a
/// lost Telegram offset would handle updates twice), so each key is defined once, by the type that owns it, and its
/// name changes only with a migration that carries the value over. Make one with <see cref="StateKey"/>.
/// </summary>
public sealed class StateKey<T>
{
    private readonly Func<T, long> _toStored;
    private readonly Func<long, T> _fromStored;

    internal StateKey(string name, Func<T, long> toStored, Func<long, T> fromStored)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name;
        _toStored = toStored;
        _fromStored = fromStored;
    }

    /// <summary>The stored name.</summary>
    public string Name { get; }

    public long ToStored(T value) => _toStored(value);

    /// <summary>The value of a stored integer; a key never set reads as stored 0.</summary>
    public T FromStored(long stored) => _fromStored(stored);

    public override string ToString() => Name;
}
