using System.Globalization;
using Airspace.Core.Commands;
using Airspace.Core.Subscriptions;
using Airspace.Discord.Rendering;
using Airspace.Discord.Wire;

namespace Airspace.Discord.Interactions;

/// <summary>
/// Turns slash commands and paging buttons into the Core command router's calls. Discord-specific checks happen
/// here: /subscribe and /unsubscribe need Manage Channels, and /subscribe also needs the bot to be able to post.
/// </summary>
internal sealed class SlashCommandHandler(CommandRouter router, ReplyRenderer renderer, SearchButtons buttons)
{
    /// <summary>Channel types 10, 11, 12: announcement, public and private threads.</summary>
    private static readonly int[] ThreadTypes = [10, 11, 12];

    public async Task<InteractionReply> HandleCommandAsync(Interaction interaction, CancellationToken ct)
    {
        var name = interaction.Data?.Name?.ToLowerInvariant() ?? "";
        if (!TryChannel(interaction, out var channel))
        {
            return Error("This command only works in a channel.");
        }

        var canManage = CanManage(interaction);
        var page = 1;
        string arguments;
        switch (name)
        {
            case "latest":
                arguments = InteractionOptions.Integer(interaction, "count")?.ToString(CultureInfo.InvariantCulture) ?? "";
                break;
            case "search":
                arguments = InteractionOptions.String(interaction, "query") ?? "";
                page = (int)Math.Clamp(InteractionOptions.Integer(interaction, "page") ?? 1, 1, SearchCommand.MaxPage);
                break;
            case "summary":
                arguments = InteractionOptions.String(interaction, "article") ?? "";
                break;
            case "subscribe" or "unsubscribe":
                if (interaction.GuildId is null)
                {
                    return Error("Subscriptions are for server channels: run this in the channel that should receive alerts.");
                }

                if (!canManage)
                {
                    return Error("Only members with the Manage Channels permission can change this channel's subscription.");
                }

                if (name == "subscribe" && MissingForAlerts(interaction) is { Count: > 0 } missing)
                {
                    return Error($"I can't post alerts in this channel: I need {string.Join(", ", missing)} here. Grant {(missing.Count == 1 ? "it" : "them")} to the bot (or its role) and run /subscribe again.");
                }

                arguments = InteractionOptions.String(interaction, "keywords") ?? "";
                break;
            default:
                arguments = InteractionOptions.String(interaction, "arguments") ?? "";
                break;
        }

        var context = new CommandContext { Channel = channel, CanManageSubscriptions = canManage, Page = page, UserId = (interaction.Member?.User ?? interaction.User)?.Id, IsPrivate = interaction.GuildId is null && interaction.Channel?.Type == 1 };
        var reply = await router.HandleAsync(context, "/" + name + " " + arguments, ct).ConfigureAwait(false);
        return new InteractionReply(renderer.Render(reply));
    }

    /// <summary>A paging button: the same command for another page, replacing the message the button is on.</summary>
    public async Task<InteractionReply> HandleButtonAsync(Interaction interaction, CancellationToken ct)
    {
        if (!buttons.TryParse(interaction.Data?.CustomId ?? "", out var command, out var page, out var query) || !TryChannel(interaction, out var channel))
        {
            return Error("That button no longer does anything.");
        }

        if (query is null)
        {
            return Error($"That search has expired; run /{command} again.");
        }

        var context = new CommandContext { Channel = channel, CanManageSubscriptions = CanManage(interaction), Page = page, UserId = (interaction.Member?.User ?? interaction.User)?.Id };
        var reply = await router.HandleAsync(context, "/" + command + " " + query, ct).ConfigureAwait(false);
        return new InteractionReply(renderer.Render(reply), UpdatesMessage: !reply.IsError);
    }

    public static InteractionReply Error(string text) => new(new MessagePayload
    {
        Content = "⚠️ " + text,
        Flags = MessagePayload.EphemeralFlag,
    });

    /// <summary>In a guild, Manage Channels (or Administrator) in this channel; in a DM the user owns the conversation.</summary>
    private static bool CanManage(Interaction interaction) =>
        interaction.Member is { } member ? DiscordPermissions.Has(member.Permissions, DiscordPermissions.ManageChannels) : interaction.GuildId is null;

    private static IReadOnlyList<string> MissingForAlerts(Interaction interaction)
    {
        var thread = interaction.Channel?.Type is { } type && ThreadTypes.Contains(type);
        return DiscordPermissions.Missing(interaction.AppPermissions, DiscordPermissions.ForAlerts(thread));
    }

    private static bool TryChannel(Interaction interaction, out ChannelAddress channel)
    {
        channel = default;
        var id = interaction.ChannelId ?? interaction.Channel?.Id;
        if (!ulong.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var channelId))
        {
            return false;
        }

        channel = ChannelAddress.ForDiscord(channelId);
        return true;
    }
}
