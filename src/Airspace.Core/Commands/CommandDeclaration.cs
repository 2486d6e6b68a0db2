namespace Airspace.Core.Commands;

/// <summary>What a chat command is, for every front end: its name, description, typed parameters and who may run it.</summary>
public sealed record CommandDeclaration
{
    /// <summary>Lower-case name without the slash, e.g. "search".</summary>
    public required string Name { get; init; }

    /// <summary>One line for help and the platforms' command menus.</summary>
    public required LocalText Description { get; init; }

    public IReadOnlyList<CommandParameter> Parameters { get; init; } = [];

    /// <summary>Changes the channel's subscription: only channel managers, and only in server/group channels.</summary>
    public bool ManagesChannel { get; init; }

    /// <summary>Makes the bot post alerts in the channel: an adapter first checks it may post there.</summary>
    public bool PostsToChannel { get; init; }

    /// <summary>The reply when the arguments do not bind (missing or invalid); "Usage: /name …" when null.</summary>
    public LocalText? UsageError { get; init; }

    /// <summary>Keyed and positional parameters as help shows them, e.g. "[source=name,…] &lt;query&gt;"; empty when none.</summary>
    public string Usage => string.Join(' ', Parameters.Where(p => p.Keyed).Concat(Parameters.Where(p => p.Positional)).Select(p => p.Usage));

    public CommandParameter? Parameter(string name) =>
        Parameters.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase));
}
