using Airspace.Core.Subscriptions;

namespace Airspace.Core.Commands;

public sealed class SubscribeCommand(ISubscriptionStore subscriptions) : IChatCommand
{
    public const int MaxKeywords = 20;
    public const int MaxKeywordLength = 64;

    /// <summary>This command's declaration, for front ends built before any service exists (the CLI).</summary>
    public static CommandDeclaration Definition { get; } = new()
    {
        Name = "subscribe",
        Description = new("subscribe.description", "Post new articles here (optionally only those mentioning a keyword)"),
        Parameters =
        [
            new CommandParameter
            {
                Name = "keywords",
                Type = ParameterType.Words,
                Description = new("subscribe.keywords", "Only articles mentioning one of these (comma- or space-separated; \"quoted phrases\")"),
                Placeholder = "keywords…",
                MaxLength = 1000,
            },
        ],
        ManagesChannel = true,
        PostsToChannel = true,
    };

    public CommandDeclaration Declaration => Definition;

    public async Task<Reply> ExecuteAsync(CommandContext context, CommandArguments arguments, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(arguments);
        if (!context.CanManageSubscriptions)
        {
            return Reply.Error("Only an administrator of this chat can change its subscription.");
        }

        var keywords = arguments.Words("keywords").Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
        if (keywords.Length > MaxKeywords || keywords.Any(k => k.Length > MaxKeywordLength))
        {
            return Reply.Error($"At most {MaxKeywords} keywords of up to {MaxKeywordLength} characters each.");
        }

        var subscription = await subscriptions.AddAsync(context.Channel, keywords, backfill: 0, ct).ConfigureAwait(false);
        return Reply.Info(subscription.Keywords.Count == 0
            ? "Subscribed: new articles will be posted here."
            : $"Subscribed: new articles mentioning {string.Join(", ", subscription.Keywords)} will be posted here.");
    }
}
