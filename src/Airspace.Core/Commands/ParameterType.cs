namespace Airspace.Core.Commands;

/// <summary>The value type of a <see cref="CommandParameter"/>; it decides parsing, binding and each platform's option type.</summary>
public enum ParameterType
{
    /// <summary>Free text, trimmed; quotes are kept (a search query's phrases).</summary>
    Text,

    /// <summary>A list of words or "quoted phrases", separated by spaces or commas (<see cref="ArgumentSplitter"/>).</summary>
    Words,

    /// <summary>A whole number without sign, checked against the declared minimum and maximum.</summary>
    Integer,

    /// <summary>One of the declared <see cref="CommandParameter.Choices"/>, compared case-insensitively.</summary>
    Choice,

    /// <summary>A 1-based result page (<see cref="CommandParameter.Maximum"/> bounds deep paging); named, never positional.</summary>
    Page,
}
