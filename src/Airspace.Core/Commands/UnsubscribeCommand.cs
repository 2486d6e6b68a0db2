using Airspace.Core.Subscriptions;

namespace Airspace.Core.Commands;

public sealed class UnsubscribeCommand(ISubscriptionStore subscriptions) : IChatCommand
{
    public string Name => "unsubscribe";
    public string Usage => "";
    public string Description => "Stop posting new articles here";

    public async Task<Reply> ExecuteAsync(CommandContext context, string arguments, CancellationToken ct)
    {
        if (!context.CanManageSubscriptions)
        {
            return Reply.Error("Only an administrator of this chat can change its subscription.");
        }

        return await subscriptions.RemoveAsync(context.Channel, ct).ConfigureAwait(false)
            ? Reply.Info("Unsubscribed: no more articles will be posted here.")
            : Reply.Info("This chat was not subscribed.");
    }
}
