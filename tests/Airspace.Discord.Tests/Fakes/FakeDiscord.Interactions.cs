using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Airspace.Discord.Tests.Fakes;

/// <summary>Interactions: the callback with its deadline, and the interaction webhook (edit @original, follow-ups).</summary>
public sealed partial class FakeDiscord
{
    /// <summary>Creates an interaction the fake will accept callbacks for (within <see cref="CallbackDeadline"/>).</summary>
    public JsonObject NewInteraction(int type, JsonObject? data, string channelId, string? guildId = "1100000000000000001", string memberPermissions = "0", string appPermissions = "2147483647", int channelType = 0)
    {
        var id = NewId();
        var token = "aW50ZXJhY3Rpb246" + Guid.NewGuid().ToString("N");
        Interactions[id] = new FakeInteraction(id, token, Now);
        var interaction = new JsonObject
        {
            ["id"] = id,
            ["application_id"] = ApplicationId,
            ["type"] = type,
            ["token"] = token,
            ["version"] = 1,
            ["channel_id"] = channelId,
            ["channel"] = new JsonObject { ["id"] = channelId, ["type"] = channelType },
            ["app_permissions"] = appPermissions,
            ["locale"] = "en-US",
        };
        if (data is not null)
        {
            interaction["data"] = data;
        }

        var user = new JsonObject { ["id"] = "1300000000000000001", ["username"] = "tester" };
        if (guildId is null)
        {
            interaction["user"] = user;
        }
        else
        {
            interaction["guild_id"] = guildId;
            interaction["member"] = new JsonObject { ["permissions"] = memberPermissions, ["user"] = user };
        }

        return interaction;
    }

    public FakeInteraction Interaction(JsonObject interaction) => Interactions[interaction["id"]!.GetValue<string>()];

    /// <summary>
    /// Http mode: the bot answered Discord's POST with <paramref name="type"/> (the fake never sees that reply), so the
    /// interaction webhook now accepts edits. False if it was acknowledged already.
    /// </summary>
    public bool AcknowledgedOverHttp(JsonObject interaction, int type) => Interaction(interaction).TryAcknowledge(type, null);

    /// <summary>
    /// Http mode, for load runs that cannot mark each reply in time: an edit of @original (or a follow-up) to an
    /// interaction with no recorded response is taken as proof of a deferral sent in the HTTP reply.
    /// </summary>
    public bool AssumeDeferredOverHttp { get; set; }

    private (int, JsonNode?) Callback(string id, string token, JsonObject? body)
    {
        if (!Interactions.TryGetValue(id, out var interaction) || interaction.Token != token)
        {
            return (404, Error(10062, "Unknown interaction"));
        }

        if (Now - interaction.CreatedAt > CallbackDeadline)
        {
            interaction.RefusedCallbacks++;
            return (404, Error(10062, "Unknown interaction"));
        }

        var type = body?["type"]?.GetValue<int>() ?? 0;
        var data = body?["data"];
        if (type is not (1 or 4 or 5 or 6 or 7 or 8 or 9))
        {
            return (400, Error(50035, "Invalid Form Body"));
        }

        if (type is 4 or 7 && data is JsonObject message && MessageRules.Validate(message, requireAllowedMentions: false) is { } invalid)
        {
            return (400, invalid);
        }

        if (type == 8 && data?["choices"] is JsonArray choices
            && (choices.Count > 25 || choices.Any(c => c?["name"]?.GetValue<string>().Length is null or < 1 or > 100 || c["value"]?.ToString().Length is null or > 100)))
        {
            return (400, Error(50035, "Invalid Form Body"));
        }

        if (!interaction.TryAcknowledge(type, data?.DeepClone()))
        {
            interaction.RefusedCallbacks++;
            return (400, Error(40060, "Interaction has already been acknowledged."));
        }

        return (204, null);
    }

    private (int, JsonNode?) EditOriginal(string token, JsonObject? body)
    {
        var interaction = Interactions.Values.FirstOrDefault(i => i.Token == token);
        if (AssumeDeferredOverHttp && interaction?.ResponseType is null)
        {
            interaction?.TryAcknowledge(5, null);
        }

        if (interaction?.ResponseType is null || body is null)
        {
            return (404, Error(10015, "Unknown Webhook"));
        }

        if (MessageRules.Validate(body, requireAllowedMentions: false) is { } invalid)
        {
            return (400, invalid);
        }

        interaction.AddEdit(body);
        return (200, new JsonObject { ["id"] = NewId() });
    }

    private (int, JsonNode?) FollowUp(string token, JsonObject? body)
    {
        var interaction = Interactions.Values.FirstOrDefault(i => i.Token == token);
        if (interaction?.ResponseType is null || body is null)
        {
            return (404, Error(10015, "Unknown Webhook"));
        }

        interaction.AddFollowUp(body);
        return (200, new JsonObject { ["id"] = NewId() });
    }
}
