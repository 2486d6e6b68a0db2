namespace Airspace.Core.Commands;

/// <summary>
/// One chat command. It declares its typed parameters once (<see cref="Declaration"/>); every front end binds its input
/// to them, so <see cref="ExecuteAsync"/> receives typed arguments, never text to parse. Handlers return expected
/// failures as <see cref="Reply.Error"/>, never throw for user input.
/// </summary>
public interface IChatCommand
{
    CommandDeclaration Declaration { get; }

    Task<Reply> ExecuteAsync(CommandContext context, CommandArguments arguments, CancellationToken ct);
}
