namespace Airspace.Core.Commands;

public sealed class LatestCommand(IArticleStore articles, IDemoMode demo) : IChatCommand
{
    public const int DefaultCount = 5;
    /// <summary>Ten everywhere: a Discord message holds at most 10 embeds (one per article), and every front end agrees.</summary>
    public const int MaxCount = 10;

    /// <summary>This command's declaration, for front ends built before any service exists (the CLI).</summary>
    public static CommandDeclaration Definition { get; } = new()
    {
        Name = "latest",
        Description = new("latest.description", $"The newest articles with their summaries (default {DefaultCount}, at most {MaxCount})"),
        Parameters =
        [
            new CommandParameter
            {
                Name = "count",
                Type = ParameterType.Integer,
                Description = new("latest.count", "How many articles"),
                Placeholder = "n",
                ShortAlias = "-n",
                Minimum = 1,
                Maximum = MaxCount,
                Default = DefaultCount,
                CountsReplyItems = true,
            },
        ],
        UsageError = new("latest.usage", $"Usage: /latest [n], where n is a number from 1 to {MaxCount}."),
    };

    public CommandDeclaration Declaration => Definition;

    public async Task<Reply> ExecuteAsync(CommandContext context, CommandArguments arguments, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var count = arguments.Integer("count") ?? DefaultCount;
        var latest = await articles.LatestAsync(count, await demo.IsActiveAsync(ct).ConfigureAwait(false), ct).ConfigureAwait(false);
        return latest.Count == 0
            ? Reply.Info(ChatText.Get("latest.none"))
            : new Reply
            {
                Text = latest.Count == 1 ? ChatText.Get("latest.one") : ChatText.Format("latest.many", latest.Count),
                Articles = latest.Select(a => ReplyArticle.From(a, withSummary: true)).ToArray(),
            };
    }
}
