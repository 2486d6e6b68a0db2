using System.Text.Json;

namespace Airspace.Discord.Transport.Events;

/// <summary>
/// Routes gateway dispatches. Interactions are answered off the receive loop (<see cref="InteractionWork"/>); guild and channel
/// events keep the guild map current and disable the subscriptions of deleted channels and of guilds the bot left.
/// </summary>
internal sealed class DiscordEventRouter(
    InteractionDispatcher interactions,
    InteractionWork work,
    DiscordRestClient rest,
    GuildChannelMap guilds,
    ChannelCleanup cleanup,
    IOptions<DiscordOptions> options,
    ILogger<DiscordEventRouter> logger) : IGatewayDispatchHandler
{
    public async ValueTask HandleAsync(string eventName, JsonElement data, CancellationToken ct)
    {
        switch (eventName)
        {
            case "INTERACTION_CREATE":
                if (options.Value.IsHttpMode)
                {
                    // Http mode answers on the endpoint; an interaction reaching the gateway as well is not ours to answer.
                    return;
                }

                var interaction = DiscordJson.Deserialize<Interaction>(data)!;
                var callback = new RestInteractionCallback(rest, interaction, logger);

                // Not tied to this connection (a reconnect must not cancel an answer in progress), and off the receive
                // loop; when all answer slots are busy, the interaction is acknowledged at once and waits its turn.
                work.Run(
                    interaction.Id,
                    interaction.Data?.Name ?? "",
                    whenQueued: token => callback.RespondAsync(InteractionDispatcher.Acknowledgement(interaction), token),
                    work: token => interactions.HandleAsync(interaction, callback, token));
                return;
            case "GUILD_CREATE":
                if (Id(data, "id") is { } created)
                {
                    guilds.SetGuild(created, Ids(data, "channels").Concat(Ids(data, "threads")));
                }

                return;
            case "CHANNEL_CREATE" or "THREAD_CREATE":
                if (Id(data, "guild_id") is { } guild && Id(data, "id") is { } channel)
                {
                    guilds.Add(guild, channel);
                }

                return;
            case "CHANNEL_DELETE" or "THREAD_DELETE":
                if (Id(data, "id") is { } deleted)
                {
                    if (Id(data, "guild_id") is { } owner)
                    {
                        guilds.Remove(owner, deleted);
                    }

                    await cleanup.DisableAsync([deleted], "the Discord channel was deleted", ct).ConfigureAwait(false);
                }

                return;
            case "GUILD_DELETE":
                await GuildDeletedAsync(data, ct).ConfigureAwait(false);
                return;
        }
    }

    private async Task GuildDeletedAsync(JsonElement data, CancellationToken ct)
    {
        if (Id(data, "id") is not { } guild)
        {
            return;
        }

        if (data.TryGetProperty("unavailable", out var unavailable) && unavailable.ValueKind == JsonValueKind.True)
        {
            // An outage, not a removal: the guild comes back with GUILD_CREATE and its subscriptions stay.
            DiscordLog.GuildUnavailable(logger, guild);
            return;
        }

        var channels = guilds.Channels(guild);
        var disabled = await cleanup.DisableAsync(channels, "the bot was removed from the Discord server", ct).ConfigureAwait(false);
        guilds.RemoveGuild(guild);
        DiscordLog.GuildRemoved(logger, guild, disabled);
    }

    private static string? Id(JsonElement data, string property) =>
        data.ValueKind == JsonValueKind.Object && data.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static IEnumerable<string> Ids(JsonElement data, string property) =>
        data.ValueKind == JsonValueKind.Object && data.TryGetProperty(property, out var items) && items.ValueKind == JsonValueKind.Array
            ? items.EnumerateArray().Select(i => Id(i, "id")).OfType<string>().ToArray()
            : [];
}
