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
            return Reply.Error(ChatText.Get("chat.adminOnly"));
        }

        return await subscriptions.RemoveAsync(context.Channel, ct).ConfigureAwait(false)
            ? Reply.Info(ChatText.Get("unsubscribe.done"))
            : Reply.Info(ChatText.Get("unsubscribe.notSubscribed"));
    }
}
