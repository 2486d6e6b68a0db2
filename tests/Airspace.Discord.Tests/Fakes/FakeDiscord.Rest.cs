using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Airspace.Discord.Tests.Fakes;

public sealed partial class FakeDiscord
{
    public const string MessageBucketHash = "msgbucket0001";
    public const string EditBucketHash = "editbucket002";

    private readonly List<ScriptedResponse> _scripts = [];

    /// <summary>POST /channels/{id}/messages: this many per <see cref="MessageBucketWindow"/> per channel.</summary>
    public int MessageBucketLimit { get; set; } = 5;

    public TimeSpan MessageBucketWindow { get; set; } = TimeSpan.FromSeconds(1);

    public int GlobalLimitPerSecond { get; set; } = 50;

    /// <summary>The first response to an interaction must arrive within this (Discord: 3 s) or it gets 404 Unknown interaction.</summary>
    public TimeSpan CallbackDeadline { get; set; } = TimeSpan.FromSeconds(3);

    public int SessionStartTotal { get; set; } = 1000;

    public int SessionStartRemaining { get; set; } = 1000;

    public long SessionStartResetAfterMs { get; set; } = 3_600_000;

    /// <summary>Messages per channel id.</summary>
    public ConcurrentDictionary<string, List<FakeMessage>> Messages { get; } = new();

    /// <summary>Channels that answer every message with this error (status, Discord code).</summary>
    public ConcurrentDictionary<string, (int Status, int Code, string Message)> ChannelFailures { get; } = new();

    /// <summary>Channels where the bot lacks Embed Links: embeds are dropped, so an embed-only message is empty (50006).</summary>
    public ConcurrentDictionary<string, bool> ChannelsWithoutEmbedLinks { get; } = new();

    /// <summary>429s answered per bucket ("hash:major" or "global").</summary>
    public ConcurrentDictionary<string, int> TooManyRequests { get; } = new();

    /// <summary>Requests that arrived while a global 429 was in force (a well-behaved client sends none).</summary>
    public int GlobalViolations => _globalViolations;

    public ConcurrentDictionary<string, FakeInteraction> Interactions { get; } = new();

    public JsonArray? RegisteredCommands { get; private set; }

    public string? RegisteredCommandsPath { get; private set; }

    private int _globalViolations;

    public IReadOnlyList<FakeMessage> MessagesIn(string channelId) =>
        Messages.TryGetValue(channelId, out var list) ? Locked(list, l => l.ToArray()) : [];

    public int Total429s => TooManyRequests.Values.Sum();

    /// <summary>The next request with this method and path (after /api/v10) gets this answer instead.</summary>
    public void Script(string method, string path, int status, JsonObject? body, params (string Name, string Value)[] headers)
    {
        lock (_scripts)
        {
            _scripts.Add(new ScriptedResponse(method, path, status, body, headers));
        }
    }

    /// <summary>A scripted 429 with Discord's headers and body; a global one pauses every authenticated route.</summary>
    public void Script429(string method, string path, double retryAfterSeconds, bool global = false, string bucket = MessageBucketHash)
    {
        var seconds = retryAfterSeconds.ToString("0.000", CultureInfo.InvariantCulture);
        var headers = new List<(string, string)> { ("Retry-After", Math.Ceiling(retryAfterSeconds).ToString(CultureInfo.InvariantCulture)), ("X-RateLimit-Scope", global ? "global" : "user") };
        if (global)
        {
            headers.Add(("X-RateLimit-Global", "true"));
        }
        else
        {
            headers.AddRange([("X-RateLimit-Limit", "5"), ("X-RateLimit-Remaining", "0"), ("X-RateLimit-Reset-After", seconds), ("X-RateLimit-Bucket", bucket)]);
        }

        Script(method, path, 429, new JsonObject { ["message"] = "You are being rate limited.", ["retry_after"] = retryAfterSeconds, ["global"] = global }, [.. headers]);
    }

    private async Task HandleRestAsync(HttpContext context)
    {
        var path = "/" + (context.Request.RouteValues["path"] as string ?? "");
        var method = context.Request.Method;
        JsonNode? body = null;
        var malformed = false;
        if (context.Request.ContentLength is > 0 || context.Request.Headers.TransferEncoding.Count > 0)
        {
            try
            {
                body = await JsonNode.ParseAsync(context.Request.Body);
            }
            catch (Exception ex) when (ex is JsonException or InvalidOperationException or ArgumentException)
            {
                malformed = true;
            }
        }

        var request = new RecordedRequest(method, path, context.Request.Headers.Authorization, context.Request.Headers.UserAgent, context.Request.ContentType, body)
        {
            Query = context.Request.QueryString.Value,
        };
        Requests.Enqueue(request);
        int status;
        JsonNode? response;
        try
        {
            (status, response) = await RouteAsync(context, request, malformed);
        }
        catch (Exception ex) when (ex is InvalidOperationException or JsonException or FormatException)
        {
            // Strings are decoded lazily: a lone surrogate shows up here, as invalid JSON.
            (status, response) = (400, Error(50109, "The request body contains invalid JSON."));
        }

        request.Status = status;
        await WriteJsonAsync(context, status, response);
    }

    private async Task<(int, JsonNode?)> RouteAsync(HttpContext context, RecordedRequest request, bool malformed)
    {
        await Task.Yield();
        var (method, path) = (request.Method, request.Path);
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var tokenRoute = segments is ["interactions", ..] or ["webhooks", ..];
        if (request.UserAgent is null || !request.UserAgent.StartsWith("DiscordBot (", StringComparison.Ordinal))
        {
            return (400, Error(0, "A DiscordBot user agent is required."));
        }

        if (!tokenRoute && request.Authorization != "Bot " + Token)
        {
            return (401, Error(0, "401: Unauthorized"));
        }

        if (method is "POST" or "PUT" or "PATCH" && request.Body is not null && request.ContentType?.StartsWith("application/json", StringComparison.Ordinal) != true)
        {
            return (400, Error(50035, "Invalid Form Body"));
        }

        if (malformed)
        {
            return (400, Error(50109, "The request body contains invalid JSON."));
        }

        if (!tokenRoute && GlobalLimited(context) is { } global)
        {
            return global;
        }

        if (TakeScript(method, path) is { } script)
        {
            foreach (var (name, value) in script.Headers)
            {
                context.Response.Headers[name] = value;
            }

            if (script.Status == 429)
            {
                var isGlobal = script.Headers.Any(h => h.Name == "X-RateLimit-Global");
                var hash = script.Headers.FirstOrDefault(h => h.Name == "X-RateLimit-Bucket").Value ?? MessageBucketHash;
                TooManyRequests.AddOrUpdate(isGlobal ? "global" : hash + ":" + (segments.Length > 1 ? segments[1] : ""), 1, (_, n) => n + 1);
                if (isGlobal)
                {
                    lock (_globalGate)
                    {
                        _globalPausedUntil = Now + TimeSpan.FromSeconds(script.Body!["retry_after"]!.GetValue<double>());
                    }
                }
            }

            return (script.Status, script.Body);
        }

        return segments switch
        {
            ["applications", "@me"] when method == "GET" => (200, new JsonObject { ["id"] = ApplicationId, ["name"] = "Airspace Test" }),
            ["gateway", "bot"] when method == "GET" => (200, GatewayBot()),
            ["applications", _, "commands"] when method == "PUT" => RegisterCommands(request),
            ["applications", _, "guilds", _, "commands"] when method == "PUT" => RegisterCommands(request),
            ["channels", var channel, "messages"] when method == "POST" => CreateMessage(context, channel, request.Body as JsonObject),
            ["channels", var channel, "messages", var message] when method == "PATCH" => EditMessage(context, channel, message, request.Body as JsonObject),
            ["interactions", var id, var token, "callback"] when method == "POST" => Callback(id, token, request.Body as JsonObject),
            ["webhooks", var id, var token] when method == "POST" && id != ApplicationId => ExecuteWebhook(context, id, token, request),
            ["webhooks", var id, var token, "messages", var message] when method == "PATCH" && id != ApplicationId => EditWebhookMessage(context, id, token, message, request),
            ["webhooks", _, var token, "messages", "@original"] when method == "PATCH" => EditOriginal(token, request.Body as JsonObject),
            ["webhooks", _, var token] when method == "POST" => FollowUp(token, request.Body as JsonObject),
            _ => (404, Error(0, "404: Not Found")),
        };
    }

    private ScriptedResponse? TakeScript(string method, string path)
    {
        lock (_scripts)
        {
            var index = _scripts.FindIndex(s => s.Method == method && s.Path == path);
            if (index < 0)
            {
                return null;
            }

            var script = _scripts[index];
            _scripts.RemoveAt(index);
            return script;
        }
    }

    private JsonObject GatewayBot() => new()
    {
        ["url"] = GatewayUrl,
        ["shards"] = 1,
        ["session_start_limit"] = new JsonObject
        {
            ["total"] = SessionStartTotal,
            ["remaining"] = SessionStartRemaining,
            ["reset_after"] = SessionStartResetAfterMs,
            ["max_concurrency"] = 1,
        },
    };

    private (int, JsonNode?) RegisterCommands(RecordedRequest request)
    {
        if (request.Body is not JsonArray commands)
        {
            return (400, Error(50035, "Invalid Form Body"));
        }

        foreach (var command in commands.OfType<JsonObject>())
        {
            var name = command["name"]?.GetValue<string>() ?? "";
            var description = command["description"]?.GetValue<string>() ?? "";
            var options = command["options"] as JsonArray ?? [];
            var requiredAfterOptional = options.Select(o => o?["required"]?.GetValue<bool>() == true).SkipWhile(r => r).Any(r => r);
            if (!ValidCommandName(name) || description.Length is < 1 or > 100 || options.Count > 25 || requiredAfterOptional
                || !ValidLocalizations(command)
                || options.Any(o => o is not JsonObject option || !ValidCommandName(option["name"]?.GetValue<string>() ?? "")
                    || (option["description"]?.GetValue<string>().Length ?? 0) is < 1 or > 100 || !ValidLocalizations(option))
                || options.Any(o => o?["autocomplete"]?.GetValue<bool>() == true && o["choices"] is not null))
            {
                return (400, Error(50035, "Invalid Form Body", new JsonObject { ["name"] = name }));
            }
        }

        RegisteredCommands = commands;
        RegisteredCommandsPath = request.Path;
        return (200, commands.DeepClone());
    }

    /// <summary>Discord's rule for command and option names (and their localized names): 1–32 lower-case letters, digits, - or _.</summary>
    private static bool ValidCommandName(string name) =>
        name.Length is >= 1 and <= 32 && name == name.ToLowerInvariant() && name.All(c => char.IsLetterOrDigit(c) || c is '-' or '_');

    /// <summary>name_localizations follow the name rule; description_localizations are 1–100 characters.</summary>
    private static bool ValidLocalizations(JsonObject item) =>
        (item["name_localizations"] as JsonObject ?? []).All(l => ValidCommandName(l.Value?.GetValue<string>() ?? ""))
        && (item["description_localizations"] as JsonObject ?? []).All(l => (l.Value?.GetValue<string>().Length ?? 0) is >= 1 and <= 100);

    private (int, JsonNode?) CreateMessage(HttpContext context, string channel, JsonObject? body)
    {
        if (body is null)
        {
            return (400, Error(50109, "The request body contains invalid JSON."));
        }

        if (ChannelFailures.TryGetValue(channel, out var failure))
        {
            return (failure.Status, Error(failure.Code, failure.Message));
        }

        if (Bucket(context, MessageBucketHash, channel) is { } limited)
        {
            return limited;
        }

        if (MessageRules.Validate(body, requireAllowedMentions: true) is { } invalid)
        {
            return (400, invalid);
        }

        if (ChannelsWithoutEmbedLinks.ContainsKey(channel))
        {
            body = (JsonObject)body.DeepClone();
            body.Remove("embeds");
        }

        if (MessageRules.IsEmpty(body))
        {
            return (400, Error(50006, "Cannot send an empty message"));
        }

        var list = Messages.GetOrAdd(channel, _ => []);
        var nonce = body["nonce"]?.ToString();
        var enforce = body["enforce_nonce"]?.GetValue<bool>() == true;
        lock (list)
        {
            // enforce_nonce: the same nonce in the same channel returns the message already created.
            if (enforce && nonce is not null && list.FirstOrDefault(m => m.Nonce == nonce) is { } existing)
            {
                return (200, MessageJson(existing));
            }

            var message = new FakeMessage(NewId(), channel, nonce, (JsonObject)body.DeepClone());
            list.Add(message);
            return (200, MessageJson(message));
        }
    }

    private (int, JsonNode?) EditMessage(HttpContext context, string channel, string messageId, JsonObject? body)
    {
        if (body is null)
        {
            return (400, Error(50109, "The request body contains invalid JSON."));
        }

        if (ChannelFailures.TryGetValue(channel, out var failure))
        {
            return (failure.Status, Error(failure.Code, failure.Message));
        }

        if (Bucket(context, EditBucketHash, channel) is { } limited)
        {
            return limited;
        }

        if (MessageRules.Validate(body, requireAllowedMentions: false) is { } invalid)
        {
            return (400, invalid);
        }

        var list = Messages.GetOrAdd(channel, _ => []);
        lock (list)
        {
            if (list.FirstOrDefault(m => m.Id == messageId) is not { } message)
            {
                return (404, Error(10008, "Unknown Message"));
            }

            message.Body = (JsonObject)body.DeepClone();
            message.Edits++;
            return (200, MessageJson(message));
        }
    }

    private static JsonObject MessageJson(FakeMessage message)
    {
        var json = (JsonObject)message.Body.DeepClone();
        json["id"] = message.Id;
        json["channel_id"] = message.ChannelId;
        return json;
    }

    private static T Locked<T>(List<FakeMessage> list, Func<List<FakeMessage>, T> read)
    {
        lock (list)
        {
            return read(list);
        }
    }

    private sealed record ScriptedResponse(string Method, string Path, int Status, JsonObject? Body, (string Name, string Value)[] Headers);
}
