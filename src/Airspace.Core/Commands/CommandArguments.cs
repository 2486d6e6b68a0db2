namespace Airspace.Core.Commands;

/// <summary>A command's arguments, bound and typed by <see cref="CommandBinder"/> from its declaration; absent ones are null.</summary>
public sealed class CommandArguments
{
    private readonly IReadOnlyDictionary<string, object> _values;

    internal CommandArguments(IReadOnlyDictionary<string, object> values) => _values = values;

    public static CommandArguments None { get; } = new(new Dictionary<string, object>());

    /// <summary>A <see cref="ParameterType.Text"/> or <see cref="ParameterType.Choice"/> value.</summary>
    public string? Text(string name) => _values.TryGetValue(name, out var value) ? (string)value : null;

    /// <summary>A <see cref="ParameterType.Integer"/> or <see cref="ParameterType.Page"/> value.</summary>
    public int? Integer(string name) => _values.TryGetValue(name, out var value) ? (int)value : null;

    /// <summary>A <see cref="ParameterType.Words"/> value; empty when absent.</summary>
    public IReadOnlyList<string> Words(string name) => _values.TryGetValue(name, out var value) ? (IReadOnlyList<string>)value : [];
}
