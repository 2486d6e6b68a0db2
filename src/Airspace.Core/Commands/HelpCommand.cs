using System.Text;

namespace Airspace.Core.Commands;

/// <summary>Lists the commands with their usage, rendered from their declarations; the router adds it so it always knows the full list.</summary>
internal sealed class HelpCommand(Func<IReadOnlyList<IChatCommand>> commands) : IChatCommand
{
    public const string CommandName = "help";

    /// <summary>This command's declaration, for front ends built before any service exists (the CLI).</summary>
    public static CommandDeclaration Definition { get; } = new() { Name = CommandName, Description = new("help.description", "What this bot does and its commands") };

    public CommandDeclaration Declaration => Definition;

    public Task<Reply> ExecuteAsync(CommandContext context, CommandArguments arguments, CancellationToken ct)
    {
        var text = new StringBuilder(ChatText.Get("help.intro")).Append("\n\n").Append(ChatText.Get("help.commands"));
        foreach (var declaration in commands().Select(c => c.Declaration))
        {
            text.Append("\n/").Append(declaration.Name);
            if (declaration.Usage.Length > 0)
            {
                text.Append(' ').Append(declaration.Usage);
            }

            text.Append(" — ").Append(declaration.Description.Text);
        }

        return Task.FromResult(Reply.Info(text.ToString()));
    }
}
