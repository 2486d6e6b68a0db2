namespace Airspace.Core.Commands;

/// <summary>One chat command. Handlers return expected failures as <see cref="Reply.Error"/>, never throw for user input.</summary>
public interface IChatCommand
{
    /// <summary>Lower-case name without the slash, e.g. "search".</summary>
    string Name { get; }

    /// <summary>Arguments as shown in help, e.g. "&lt;query&gt;"; empty when none.</summary>
    string Usage { get; }

    /// <summary>One line for help and platform command menus.</summary>
    string Description { get; }

    Task<Reply> ExecuteAsync(CommandContext context, string arguments, CancellationToken ct);
}
