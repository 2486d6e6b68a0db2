namespace Airspace.Core.Commands;

/// <summary>
/// Finds a command by name, binds its arguments to its declaration and runs it. Text comes from chat ("/name args",
/// or "name args" at the console); named values from Discord options, CLI options and paging buttons.
/// </summary>
public sealed class CommandRouter
{
    /// <summary>Longer input is cut before parsing: no command needs more, and it bounds the work per message.</summary>
    public const int MaxInputLength = 1024;

    private readonly Dictionary<string, IChatCommand> _commands;

    public CommandRouter(IEnumerable<IChatCommand> commands)
    {
        Commands = [new HelpCommand(() => Commands!), .. commands.Where(c => c.Declaration.Name != HelpCommand.CommandName)];
        _commands = Commands.ToDictionary(c => c.Declaration.Name, StringComparer.OrdinalIgnoreCase);
    }

    public IReadOnlyList<IChatCommand> Commands { get; }

    public IEnumerable<CommandDeclaration> Declarations => Commands.Select(c => c.Declaration);

    public CommandDeclaration? Find(string name) => _commands.TryGetValue(name, out var command) ? command.Declaration : null;

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

    /// <summary>A whole command line: "/name args" or "name args".</summary>
    public Task<Reply> HandleAsync(CommandContext context, string text, CancellationToken ct) =>
        InLanguage(context, () => TryParse(text, out var name, out var arguments)
            ? HandleTextAsync(context, name, arguments, ct)
            : Task.FromResult(Reply.Error(ChatText.Get("router.notCommand"))));

    /// <summary>A command name and its argument text, bound by the chat grammar (docs/commands.md).</summary>
    public Task<Reply> HandleTextAsync(CommandContext context, string name, string arguments, CancellationToken ct) =>
        InLanguage(context, () => BindTextAsync(context, name, arguments, ct));

    private Task<Reply> BindTextAsync(CommandContext context, string name, string arguments, CancellationToken ct)
    {
        if (!_commands.TryGetValue(name, out var command))
        {
            return Task.FromResult(Unknown(name));
        }

        var text = arguments.Length > MaxInputLength ? arguments[..MaxInputLength] : arguments;
        return CommandBinder.TryBindText(command.Declaration, text, out var bound, out var error)
            ? AirspaceMetrics.CommandAsync(command.Declaration.Name, context.Channel.Platform, () => ExecuteAsync(command, context, bound, ct))
            : Task.FromResult(Reply.Error(error));
    }

    /// <summary>A command name and named values (Discord options, CLI options, a paging button).</summary>
    public Task<Reply> HandleValuesAsync(CommandContext context, string name, IReadOnlyDictionary<string, object?> values, CancellationToken ct) =>
        InLanguage(context, () => BindValuesAsync(context, name, values, ct));

    private Task<Reply> BindValuesAsync(CommandContext context, string name, IReadOnlyDictionary<string, object?> values, CancellationToken ct)
    {
        if (!_commands.TryGetValue(name, out var command))
        {
            return Task.FromResult(Unknown(name));
        }

        return CommandBinder.TryBind(command.Declaration, values, out var bound, out var error)
            ? AirspaceMetrics.CommandAsync(command.Declaration.Name, context.Channel.Platform, () => ExecuteAsync(command, context, bound, ct))
            : Task.FromResult(Reply.Error(error));
    }

    /// <summary>Runs the command; an unavailable store is a clear reply ("try again shortly"), not silence or a trace.</summary>
    private static async Task<Reply> ExecuteAsync(IChatCommand command, CommandContext context, CommandArguments arguments, CancellationToken ct)
    {
        try
        {
            return await command.ExecuteAsync(context, arguments, ct).ConfigureAwait(false);
        }
        catch (Exception ex) when (StoreUnavailableException.IsIn(ex) && !ct.IsCancellationRequested)
        {
            return StoreUnavailable();
        }
    }

    /// <summary>The reply to any command while the store cannot be reached.</summary>
    public static Reply StoreUnavailable() => Reply.Error(ChatText.Get("store.unavailable"));

    /// <summary>Runs with <see cref="CommandContext.Language"/> as the chat language when set (else the caller's stays).</summary>
    private static async Task<Reply> InLanguage(CommandContext context, Func<Task<Reply>> run)
    {
        ArgumentNullException.ThrowIfNull(context);
        using var language = context.Language is { } chosen ? ChatLanguage.Use(chosen) : null;
        return await run().ConfigureAwait(false);
    }

    private static Reply Unknown(string name) => Reply.Error(ChatText.Format("router.unknown", name));
}
