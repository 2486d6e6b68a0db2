using System.Globalization;
using Airspace.Core.Commands;
using Airspace.Core.Subscriptions;

namespace Airspace.Discord.Commands;

/// <summary>
/// Turns slash commands and paging buttons into the Core command router's calls. Discord-specific checks happen
/// here: /subscribe and /unsubscribe need Manage Channels, and /subscribe also needs the bot to be able to post.
/// </summary>
internal sealed class SlashCommandHandler(CommandRouter router, ReplyRenderer renderer, SearchButtons buttons)
{
    public async Task<InteractionReply> HandleCommandAsync(Interaction interaction, CancellationToken ct)
    {
        var name = interaction.Data?.Name?.ToLowerInvariant() ?? "";
        if (!TryChannel(interaction, out var channel))
        {
            return Error(ChatText.Get("discord.channelOnly"));
        }

        var canManage = CanManage(interaction);
        var declaration = router.Find(name);
        if (declaration is { ManagesChannel: true })
        {
            if (interaction.GuildId is null)
            {
                return Error(ChatText.Get("discord.serverChannels"));
            }

            if (!canManage)
            {
                return Error(ChatText.Get("discord.manageChannels"));
            }

            if (declaration.PostsToChannel && MissingForAlerts(interaction) is { Count: > 0 } missing)
            {
                return Error(ChatText.Format(missing.Count == 1 ? "discord.missingPermissions.one" : "discord.missingPermissions.other", string.Join(", ", missing), declaration.Name));
            }
        }

        var context = new CommandContext { Channel = channel, CanManageSubscriptions = canManage, UserId = (interaction.Member?.User ?? interaction.User)?.Id, IsPrivate = interaction.GuildId is null && interaction.Channel?.Type == DiscordChannelType.DirectMessage };
        var values = (declaration is null ? [] : SlashCommandCatalog.OnDiscord(declaration)).ToDictionary(p => p.Name, p => Read(interaction, p));
        var reply = await router.HandleValuesAsync(context, name, values, ct).ConfigureAwait(false);
        return new InteractionReply(await renderer.RenderAsync(reply, ct).ConfigureAwait(false));
    }

    /// <summary>A paging button: the same command for another page, replacing the message the button is on.</summary>
    public async Task<InteractionReply> HandleButtonAsync(Interaction interaction, CancellationToken ct)
    {
        if (await buttons.ParseAsync(interaction.Data?.CustomId ?? "", ct).ConfigureAwait(false) is not { } pressed || !TryChannel(interaction, out var channel))
        {
            return Error(ChatText.Get("discord.staleButton"));
        }

        var (command, page, query) = pressed;
        if (query is null)
        {
            return Error(ChatText.Format("discord.searchExpired", command));
        }

        if (router.Find(command)?.Parameter(ReplyPaging.PageParameter) is not { Type: ParameterType.Page })
        {
            return Error(ChatText.Get("discord.staleButton"));
        }

        var context = new CommandContext { Channel = channel, CanManageSubscriptions = CanManage(interaction), UserId = (interaction.Member?.User ?? interaction.User)?.Id };
        var reply = await router.HandleValuesAsync(context, command, ReplyPaging.Request(query, page), ct).ConfigureAwait(false);
        return new InteractionReply(await renderer.RenderAsync(reply, ct).ConfigureAwait(false), UpdatesMessage: !reply.IsError);
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
        var thread = interaction.Channel?.Type is { } type && DiscordChannelType.IsThread(type);
        return DiscordPermissions.Missing(interaction.AppPermissions, DiscordPermissions.ForAlerts(thread));
    }

    /// <summary>A declared parameter's option, read by its declared name and type; null when absent or unreadable.</summary>
    private static object? Read(Interaction interaction, CommandParameter parameter) =>
        parameter.Type is ParameterType.Integer or ParameterType.Page
            ? InteractionOptions.Integer(interaction, parameter.Name)
            : InteractionOptions.String(interaction, parameter.Name);

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
