namespace Airspace.Core.Commands;

/// <summary>Parses "/name args" (or "name args") and runs the matching command.</summary>
public sealed class CommandRouter
{
    /// <summary>Longer input is cut before parsing: no command needs more, and it bounds the work per message.</summary>
    public const int MaxInputLength = 1024;

    private readonly Dictionary<string, IChatCommand> _commands;

    public CommandRouter(IEnumerable<IChatCommand> commands)
    {
        Commands = [new HelpCommand(() => Commands!), .. commands.Where(c => c.Name != "help")];
        _commands = Commands.ToDictionary(c => c.Name, StringComparer.OrdinalIgnoreCase);
    }

    public IReadOnlyList<IChatCommand> Commands { get; }

    /// <summary>Splits input into command name and argument text; false when it is not a command.</summary>
    public static bool TryParse(string text, out string name, out string arguments)
    {
        var trimmed = text.Length > MaxInputLength ? text[..MaxInputLength] : text;
        trimmed = trimmed.Trim();
        if (trimmed.StartsWith('/'))
        {
            trimmed = trimmed[1..];
        }

        var space = trimmed.IndexOfAny([' ', '\n', '\t']);
        name = (space < 0 ? trimmed : trimmed[..space]).ToLowerInvariant();
        arguments = space < 0 ? "" : trimmed[(space + 1)..].Trim();
        return name.Length > 0 && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');
    }

    public Task<Reply> HandleAsync(CommandContext context, string text, CancellationToken ct)
    {
        if (!TryParse(text, out var name, out var arguments))
        {
            return Task.FromResult(Reply.Error("That is not a command. Try /help."));
        }

        return _commands.TryGetValue(name, out var command)
            ? command.ExecuteAsync(context, arguments, ct)
            : Task.FromResult(Reply.Error($"Unknown command /{name}. Try /help."));
    }
}
