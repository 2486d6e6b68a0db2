namespace Airspace.Host.Configuration;

/// <summary>The console channel's input side.</summary>
public sealed class ConsoleOptions : IValidatedOptions
{
    /// <summary>Read chat commands from standard input when it is a terminal (off for daemons and tests).</summary>
    public bool ReadCommands { get; set; } = true;

    /// <summary>No rule: every value binds to a usable setting.</summary>
    public string? Validate() => null;
}
