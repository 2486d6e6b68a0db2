using System.Globalization;
using System.Text;

namespace Airspace.Core.Commands;

/// <summary>
/// <c>/sources</c>: the sources the bot follows and their health. Operators also see hosts and the last error (which
/// may name internal hosts and paths) in a private conversation or at the console; everyone else, and operators in a
/// group, see names and health only. Never full URLs (a feed URL may carry a key in its query).
/// Operators (<see cref="OperatorsOptions"/>) may also <c>/sources add NAME URL</c>, <c>/sources remove NAME</c> and
/// <c>/sources poll [NAME]</c> from any chat, through the same <see cref="ISourceAdmin"/> as the CLI, except that a
/// loopback or private address is never added from chat (there is no <c>--local</c> here).
/// </summary>
public sealed class SourcesCommand(ISourceCatalog catalog, ISourceAdmin admin, IOptions<OperatorsOptions> operators, ILogger<SourcesCommand> logger) : IChatCommand
{
    public const string List = "list";
    public const string Add = "add";
    public const string Remove = "remove";
    public const string Poll = "poll";

    /// <summary>This command's declaration, for front ends built before any service exists (the CLI).</summary>
    public static CommandDeclaration Definition { get; } = new()
    {
        Name = "sources",
        Description = new("sources.description", "The news sources followed, and their health"),
        Parameters =
        [
            new CommandParameter
            {
                Name = "action",
                Type = ParameterType.Choice,
                Choices = [List, Add, Remove, Poll],
                Description = new("sources.action", "list (the default); operators only: add, remove or poll"),
                Placeholder = "list|add|remove|poll",
            },
            new CommandParameter
            {
                Name = "name",
                Type = ParameterType.Text,
                Description = new("sources.name", "The source's name (add, remove, poll)"),
                MaxLength = 100,
            },
            new CommandParameter
            {
                Name = "url",
                Type = ParameterType.Text,
                Description = new("sources.url", "add: the site's home page or its feed URL"),
                MaxLength = 1000,
            },
        ],
        UsageError = new("sources.usage", "Usage: /sources, or for operators: /sources add NAME URL, /sources remove NAME, /sources poll [NAME]."),
    };

    public CommandDeclaration Declaration => Definition;

    public async Task<Reply> ExecuteAsync(CommandContext context, CommandArguments arguments, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(arguments);
        var action = arguments.Text("action") ?? List;
        if (action == List)
        {
            return await ListAsync(context, ct).ConfigureAwait(false);
        }

        // Nothing about the sources (not even whether a name exists) before the caller is known to be an operator.
        if (!operators.Value.Includes(context))
        {
            CoreLog.SourceChangeRefused(logger, action, context.Channel.Platform, context.UserId ?? "none");
            return Reply.Error(ChatText.Get("sources.operatorsOnly"));
        }

        var name = arguments.Text("name");
        var url = arguments.Text("url");
        return action switch
        {
            Add when name is not null && url is not null => await AddAsync(context, name, url, ct).ConfigureAwait(false),
            Remove when name is not null && url is null => await RemoveAsync(context, name, ct).ConfigureAwait(false),
            Poll when url is null => await PollAsync(context, name, ct).ConfigureAwait(false),
            Add => Reply.Error(ChatText.Get("sources.usageAdd")),
            Remove => Reply.Error(ChatText.Get("sources.usageRemove")),
            _ => Reply.Error(ChatText.Get("sources.usagePoll")),
        };
    }

    private async Task<Reply> ListAsync(CommandContext context, CancellationToken ct)
    {
        var sources = await catalog.ListAsync(ct).ConfigureAwait(false);
        if (sources.Count == 0)
        {
            return Reply.Info(ChatText.Get("sources.none"));
        }

        var text = new StringBuilder(ChatText.Count(sources.Count, "sources.count"));
        foreach (var source in sources)
        {
            text.Append("\n• ").Append(Describe(source, Details(context)));
        }

        return Reply.Info(text.ToString());
    }

    private async Task<Reply> AddAsync(CommandContext context, string name, string url, CancellationToken ct)
    {
        // Never Local from chat: a chat account, even an operator's, must not point the bot at this machine or its network.
        var result = await admin.AddAsync(new SourceAddRequest { Name = name, Url = url }, ct).ConfigureAwait(false);
        if (!result.Added)
        {
            return Reply.Error(result.Failure switch
            {
                SourceAddFailure.Invalid => result.Detail!.Replace("Url must", "The URL must", StringComparison.Ordinal).Replace("Name must", "The name must", StringComparison.Ordinal),
                SourceAddFailure.ConfiguredName => ChatText.Format("sources.configuredName", result.Detail),
                SourceAddFailure.NameTaken => ChatText.Format("sources.nameTaken", result.Detail),
                SourceAddFailure.RefusedAddress => ChatText.Format("sources.refusedAddress", result.DisplayUrl, result.Detail),
                _ => ChatText.Format("sources.notSaved", Sentence(result.Detail!)),
            });
        }

        var source = result.Source!;
        CoreLog.SourceChangedFromChat(logger, source.Name, "added", context.Channel.Platform, context.UserId ?? "none");
        return Reply.Info(result.Found is { } found ? found + "\n" + result.Confirmation : result.Confirmation!);
    }

    private async Task<Reply> RemoveAsync(CommandContext context, string name, CancellationToken ct)
    {
        var outcome = await admin.RemoveAsync(name, ct).ConfigureAwait(false);
        if (outcome == SourceRemoveOutcome.Removed)
        {
            CoreLog.SourceChangedFromChat(logger, name, "removed", context.Channel.Platform, context.UserId ?? "none");
        }

        return outcome switch
        {
            SourceRemoveOutcome.Removed => Reply.Info(ChatText.Format("sources.removedOk", name)),
            SourceRemoveOutcome.Configured => Reply.Error(ChatText.Format("sources.configured", name)),
            _ => Reply.Error(ChatText.Format("sources.noStored", name)),
        };
    }

    private async Task<Reply> PollAsync(CommandContext context, string? name, CancellationToken ct)
    {
        if (name is null)
        {
            var count = await admin.PollAllSoonAsync(ct).ConfigureAwait(false);
            CoreLog.SourceChangedFromChat(logger, "*", "polled", context.Channel.Platform, context.UserId ?? "none");
            return count == 0
                ? Reply.Info(ChatText.Get("sources.nothingToPoll"))
                : Reply.Info(count == 1 ? ChatText.Get("sources.pollingOne") : ChatText.Format("sources.pollingAll", count));
        }

        var result = await admin.PollNowAsync(name, ct).ConfigureAwait(false);
        if (result is null)
        {
            return Reply.Error(ChatText.Format("sources.noSuch", name));
        }

        CoreLog.SourceChangedFromChat(logger, result.Name, "polled", context.Channel.Platform, context.UserId ?? "none");
        if (result.Error is { } error)
        {
            // The error may name internal hosts and paths: as in the list, only where the operator alone reads it.
            return Reply.Error(Details(context)
                ? ChatText.Format("sources.pollFailed", result.Name, Sentence(error))
                : ChatText.Format("sources.pollFailedPrivate", result.Name));
        }

        return Reply.Info(result.Describe());
    }

    /// <summary>A chat operator's reply would be read by everyone in a group: details only in a private conversation.</summary>
    private bool Details(CommandContext context) => context.IsOperator || (context.IsPrivate && operators.Value.Includes(context));

    private static string Sentence(string text) => text.EndsWith('.') ? text : text + ".";

    /// <param name="details">Include the host and the error text (operators and the CLI only).</param>
    public static string Describe(SourceStatus status, bool details = true)
    {
        var (definition, state) = status;
        var host = details ? definition.Url.IdnHost + ", " : "";
        var text = new StringBuilder($"{definition.Name} ({definition.Kind}, {host}{ChatText.Format("sources.every", Interval(definition.Interval))})");
        text.Append(state.Health switch
        {
            SourceHealth.Healthy => ChatText.Get("sources.healthy"),
            SourceHealth.Unhealthy => ChatText.Format("sources.unhealthy", Time(state.UnhealthySince)),
            _ => ChatText.Get("sources.notPolled"),
        });
        if (state.LastSuccessAt is { } success)
        {
            text.Append(ChatText.Format("sources.lastRead", Time(success), state.ItemCount));
        }

        if (state.LastError is { } error && state.ConsecutiveFailures > 0)
        {
            text.Append(ChatText.Count(state.ConsecutiveFailures, "sources.failures"));
            if (details)
            {
                text.Append(": ").Append(error);
            }
        }

        return text.ToString();
    }

    private static string Time(DateTimeOffset? value) =>
        value?.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture) ?? "?";

    private static string Interval(TimeSpan interval) =>
        interval.TotalHours >= 1 && interval.TotalHours == Math.Floor(interval.TotalHours) ? ChatText.Format("sources.hours", interval.TotalHours)
        : interval.TotalMinutes >= 1 && interval.TotalMinutes == Math.Floor(interval.TotalMinutes) ? ChatText.Format("sources.minutes", interval.TotalMinutes)
        : ChatText.Format("sources.seconds", interval.TotalSeconds);
}
