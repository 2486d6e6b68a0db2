using System.Text;

namespace Airspace.Core.Commands;

public sealed class SubscriptionsCommand(ISubscriptionStore subscriptions, ISourceCatalog catalog) : IChatCommand
{
    /// <summary>This command's declaration, for front ends built before any service exists (the CLI).</summary>
    public static CommandDeclaration Definition { get; } = new() { Name = "subscriptions", Description = new("subscriptions.description", "Show this chat's subscription") };

    public CommandDeclaration Declaration => Definition;

    public async Task<Reply> ExecuteAsync(CommandContext context, CommandArguments arguments, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(context);
        var sources = await SourceChoice.LoadAsync(catalog, ct).ConfigureAwait(false);
        if (context.IsOperator)
        {
            var all = await subscriptions.ListAsync(ct).ConfigureAwait(false);
            if (all.Count == 0)
            {
                return Reply.Info(ChatText.Get("subscriptions.none"));
            }

            var text = new StringBuilder(ChatText.Count(all.Count, "subscriptions.count"));
            foreach (var subscription in all)
            {
                text.Append("\n• ").Append(Describe(subscription, sources));
            }

            return Reply.Info(text.ToString());
        }

        var mine = await subscriptions.FindAsync(context.Channel, ct).ConfigureAwait(false);
        return Reply.Info(mine is null ? ChatText.Get("subscriptions.notSubscribed") : Describe(mine, sources));
    }

    /// <summary>One line: address, keywords, the sources followed when not every one, the alerts' language when chosen, and whether it is disabled.</summary>
    public static string Describe(Subscription subscription, SourceChoice sources)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        ArgumentNullException.ThrowIfNull(sources);
        var text = new StringBuilder(subscription.Address.ToString());
        text.Append(subscription.Keywords.Count == 0 ? ChatText.Get("subscriptions.all") : ChatText.Format("subscriptions.mentioning", string.Join(", ", subscription.Keywords)));
        if (sources.Describe(subscription) is { } from)
        {
            text.Append(' ').Append(from);
        }

        if (subscription.Schedule.Describe() is { } schedule)
        {
            text.Append(" — ").Append(schedule);
        }

        if (subscription.Language is { } language)
        {
            text.Append(ChatText.Format("subscriptions.language", language));
        }

        if (!subscription.Enabled)
        {
            text.Append(ChatText.Get("subscriptions.disabled")).Append(subscription.DisabledReason is null ? "" : $" ({subscription.DisabledReason})");
        }

        return text.ToString();
    }
}
