using System.Text;

namespace Airspace.Core.Commands;

/// <summary>Lists the commands; the router adds it so it always knows the full list.</summary>
internal sealed class HelpCommand(Func<IReadOnlyList<IChatCommand>> commands) : IChatCommand
{
    public string Name => "help";
    public string Usage => "";
    public string Description => "What this bot does and its commands";

    public Task<Reply> ExecuteAsync(CommandContext context, string arguments, CancellationToken ct)
    {
        var text = new StringBuilder("Airspace posts a short summary of every new article to subscribed channels and searches the archive.\n\nCommands:");
        foreach (var command in commands())
        {
            text.Append("\n/").Append(command.Name);
            if (command.Usage.Length > 0)
            {
                text.Append(' ').Append(command.Usage);
            }

            text.Append(" — ").Append(command.Description);
        }

        return Task.FromResult(Reply.Info(text.ToString()));
    }
}
