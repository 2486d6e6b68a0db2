using System.Text;
using Airspace.Core.Subscriptions;

namespace Airspace.Core.Commands;

public sealed class SubscriptionsCommand(ISubscriptionStore subscriptions) : IChatCommand
{
    /// <summary>This command's declaration, for front ends built before any service exists (the CLI).</summary>
    public static CommandDeclaration Definition { get; } = new() { Name = "subscriptions", Description = new("subscriptions.description", "Show this chat's subscription") };

    public CommandDeclaration Declaration => Definition;

    public async Task<Reply> ExecuteAsync(CommandContext context, CommandArguments arguments, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.IsOperator)
        {
            var all = await subscriptions.ListAsync(ct).ConfigureAwait(false);
            if (all.Count == 0)
            {
                return Reply.Info("No subscriptions.");
            }

            var text = new StringBuilder($"{all.Count} subscription{(all.Count == 1 ? "" : "s")}:");
            foreach (var subscription in all)
            {
                text.Append("\n• ").Append(Describe(subscription));
            }

            return Reply.Info(text.ToString());
        }

        var mine = await subscriptions.FindAsync(context.Channel, ct).ConfigureAwait(false);
        return Reply.Info(mine is null ? "This chat is not subscribed. Use /subscribe to get new articles here." : Describe(mine));
    }

    public static string Describe(Subscription subscription)
    {
        var text = new StringBuilder(subscription.Address.ToString());
        text.Append(subscription.Keywords.Count == 0 ? ": all new articles" : $": articles mentioning {string.Join(", ", subscription.Keywords)}");
        if (!subscription.Enabled)
        {
            text.Append(" — disabled").Append(subscription.DisabledReason is null ? "" : $" ({subscription.DisabledReason})");
        }

        return text.ToString();
    }
}
