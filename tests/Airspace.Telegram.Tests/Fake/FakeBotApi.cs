using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Airspace.Telegram.Tests.Fake;

/// <summary>
/// A Bot API server on 127.0.0.1 (port 0), strict like the real one: the token in the path, JSON bodies, the real
/// error envelope and HTTP status codes, the HTML whitelist, the 4096-character limit, per-chat 429s, long polling
/// with offset confirmation and 409 for a second poller. Tests set up chats and push updates through its methods.
/// </summary>
public sealed partial class FakeBotApi : IAsyncDisposable
{
    public const long BotId = 123456;
    public const string BotUsername = "airspace_test_bot";
    public const string DefaultToken = "123456:TEST-fake_secret-part";

    private readonly Lock _gate = new();
    private readonly Dictionary<long, FakeChat> _chats = [];
    private readonly List<(string Method, JsonObject Body, int Status)> _requests = [];
    private readonly FakeRateLimiter _limiter;
    private LoopbackKestrel? _server;
    private bool _revoked;

    private FakeBotApi(string token, FakeLimits limits)
    {
        Token = token;
        Limits = limits;
        _limiter = new FakeRateLimiter(limits);
    }

    public string Token { get; }

    public FakeLimits Limits { get; }

    public string BaseUrl { get; private set; } = "";

    public static async Task<FakeBotApi> StartAsync(FakeLimits? limits = null, string token = DefaultToken)
    {
        var fake = new FakeBotApi(token, limits ?? FakeLimits.Scaled);
        fake._server = await LoopbackKestrel.StartAsync(app => app.Run(fake.ServeAsync));
        fake.BaseUrl = fake._server.BaseAddress.ToString().TrimEnd('/');
        return fake;
    }

    /// <summary>Every request so far: method (lower case), JSON body, HTTP status answered.</summary>
    public IReadOnlyList<(string Method, JsonObject Body, int Status)> Requests
    {
        get
        {
            lock (_gate)
            {
                return [.. _requests];
            }
        }
    }

    public int Count(string method, int? status = null) =>
        Requests.Count(r => r.Method == method.ToLowerInvariant() && (status is null || r.Status == status));

    /// <summary>From now on every request is 401, as after /revoke in BotFather.</summary>
    public void RevokeToken()
    {
        lock (_gate)
        {
            _revoked = true;
        }
    }

    public FakeChat AddPrivateChat(long userId, string name = "Ann")
    {
        var chat = Add(new FakeChat { Id = userId, Type = "private", Title = name });
        SetMember(userId, userId, "member");
        return chat;
    }

    public FakeChat AddGroup(long chatId, string type = "supergroup", string? username = null, bool forum = false, params int[] topics)
    {
        var chat = Add(new FakeChat { Id = chatId, Type = type, Username = username, Title = "Group " + chatId, IsForum = forum });
        chat.Topics.UnionWith(topics);
        SetMember(chatId, BotId, "member");
        return chat;
    }

    public FakeChat AddChannel(long chatId, string username, bool botCanPost = true)
    {
        var chat = Add(new FakeChat { Id = chatId, Type = "channel", Username = username, Title = "Channel " + username });
        SetMember(chatId, BotId, botCanPost ? "administrator" : "member", canPost: botCanPost);
        return chat;
    }

    /// <summary>A snapshot-free view of a chat; read its lists through <see cref="BotMessages"/> from tests.</summary>
    public FakeChat Chat(long chatId)
    {
        lock (_gate)
        {
            return _chats[chatId];
        }
    }

    public IReadOnlyList<FakeMessage> BotMessages(long chatId)
    {
        lock (_gate)
        {
            return _chats.TryGetValue(chatId, out var chat) ? [.. chat.BotMessages] : [];
        }
    }

    public int TooManyRequests(long chatId)
    {
        lock (_gate)
        {
            return _chats[chatId].TooManyRequests;
        }
    }

    /// <summary>429s answered because the token went over <see cref="FakeLimits.GlobalPerSecond"/>.</summary>
    public int GlobalTooManyRequests
    {
        get
        {
            lock (_gate)
            {
                return _limiter.GlobalRefusals;
            }
        }
    }

    /// <summary>The most messages accepted inside any one-second window so far.</summary>
    public int BusiestSecond()
    {
        lock (_gate)
        {
            return _limiter.BusiestSecond();
        }
    }

    public void SetMember(long chatId, long userId, string status, bool canPost = false)
    {
        lock (_gate)
        {
            _chats[chatId].Members[userId] = (status, canPost);
        }
    }

    public void SetState(long chatId, FakeChatState state)
    {
        lock (_gate)
        {
            _chats[chatId].State = state;
        }
    }

    /// <summary>The next <paramref name="times"/> sends or edits to the chat fail with <paramref name="error"/>.</summary>
    public void FailNext(long chatId, FakeApiError error, int times = 1)
    {
        lock (_gate)
        {
            for (var i = 0; i < times; i++)
            {
                _chats[chatId].ScriptedErrors.Enqueue(error);
            }
        }
    }

    public void RateLimitNext(long chatId, int times, int retryAfter) => FailNext(chatId, FakeApiError.TooManyRequests(retryAfter), times);

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    private FakeChat Add(FakeChat chat)
    {
        lock (_gate)
        {
            _chats[chat.Id] = chat;
            return chat;
        }
    }

    private async Task ServeAsync(HttpContext context)
    {
        int status;
        JsonObject answer;
        var method = "";
        var body = new JsonObject();
        try
        {
            var match = PathPattern().Match(context.Request.Path.Value ?? "");
            if (!match.Success)
            {
                throw new FakeApiError(404, "Not Found");
            }

            method = match.Groups["method"].Value.ToLowerInvariant();
            lock (_gate)
            {
                if (_revoked || match.Groups["token"].Value != Token)
                {
                    throw new FakeApiError(401, "Unauthorized");
                }
            }

            body = await ReadBodyAsync(context.Request);
            if (HoldFor(method, body) is { } hold)
            {
                await hold.WaitAsync(context.RequestAborted);
            }

            var result = await CallAsync(method, body, context.RequestAborted);
            (status, answer) = (200, new JsonObject { ["ok"] = true, ["result"] = result });
        }
        catch (FakeApiError error)
        {
            (status, answer) = (error.Code, error.ToJson());
        }

        lock (_gate)
        {
            _requests.Add((method, body, status));
        }

        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(answer.ToJsonString());
    }

    private static async Task<JsonObject> ReadBodyAsync(HttpRequest request)
    {
        using var reader = new StreamReader(request.Body);
        var text = await reader.ReadToEndAsync();
        if (text.Length == 0)
        {
            return [];
        }

        if (request.ContentType is null || !request.ContentType.StartsWith("application/json", StringComparison.OrdinalIgnoreCase))
        {
            throw FakeApiError.BadRequest("unsupported content type " + request.ContentType);
        }

        try
        {
            return JsonNode.Parse(text) as JsonObject ?? throw FakeApiError.BadRequest("request body must be a JSON object");
        }
        catch (JsonException)
        {
            throw FakeApiError.BadRequest("can't parse JSON object");
        }
    }

    private Task<JsonNode> CallAsync(string method, JsonObject body, CancellationToken ct)
    {
        if (method == "getupdates")
        {
            return GetUpdatesAsync(body, ct);
        }

        lock (_gate)
        {
            return Task.FromResult(method switch
            {
                "getme" => BotUser(full: true),
                "sendmessage" => SendMessage(body),
                "editmessagetext" => EditMessageText(body),
                "answercallbackquery" => AnswerCallbackQuery(body),
                "answerinlinequery" => AnswerInlineQuery(body),
                "setmycommands" => SetMyCommands(body),
                "getmycommands" => (JsonNode)new JsonArray([.. _commands.Select(c => c.DeepClone())]),
                "setwebhook" => SetWebhook(body),
                "deletewebhook" => DeleteWebhook(),
                "getchat" => GetChat(body),
                "getchatmember" => GetChatMember(body),
                _ => throw new FakeApiError(404, "Not Found"),
            });
        }
    }

    [GeneratedRegex("^/bot(?<token>[^/]+)/(?<method>[A-Za-z]+)$")]
    private static partial Regex PathPattern();
}
