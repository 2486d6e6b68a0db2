namespace Airspace.Core.Commands;

public sealed class UnsubscribeCommand(ISubscriptionStore subscriptions) : IChatCommand
{
    /// <summary>This command's declaration, for front ends built before any service exists (the CLI).</summary>
    public static CommandDeclaration Definition { get; } = new() { Name = "unsubscribe", Description = new("unsubscribe.description", "Stop posting new articles here"), ManagesChannel = true };

    public CommandDeclaration Declaration => Definition;

    public async Task<Reply> ExecuteAsync(CommandContext context, CommandArguments arguments, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!context.CanManageSubscriptions)
        {
            return Reply.Error("Only an administrator of this chat can change its subscription.");
        }

        return await subscriptions.RemoveAsync(context.Channel, ct).ConfigureAwait(false)
            ? Reply.Info("Unsubscribed: no more articles will be posted here.")
            : Reply.Info("This chat was not subscribed.");
    }
}
