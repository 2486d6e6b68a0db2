using Airspace.Core.Subscriptions;

namespace Airspace.Core.Commands;

public sealed class SubscribeCommand(ISubscriptionStore subscriptions) : IChatCommand
{
    public const int MaxKeywords = 20;
    public const int MaxKeywordLength = 64;

    public string Name => "subscribe";
    public string Usage => "[keywords…]";
    public string Description => "Post new articles here (optionally only those mentioning a keyword)";

    public async Task<Reply> ExecuteAsync(CommandContext context, string arguments, CancellationToken ct)
    {
        if (!context.CanManageSubscriptions)
        {
            return Reply.Error("Only an administrator of this chat can change its subscription.");
        }

        var keywords = ArgumentSplitter.Split(arguments).Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
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
