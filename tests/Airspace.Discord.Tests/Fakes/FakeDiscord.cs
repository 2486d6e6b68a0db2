using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Airspace.Discord.Tests.Fakes;

/// <summary>
/// A loopback Discord: REST v10 under <c>/api/v10</c> and the gateway (WebSocket) at <c>/gateway</c> and <c>/resume</c>,
/// strict like the real service — headers checked, rate limits with real headers and 429s, embed limits, nonce
/// enforcement, a 3-second interaction deadline, scripted gateway sessions with replay on resume.
/// </summary>
public sealed partial class FakeDiscord : IAsyncDisposable
{
    public const string Token = "MTAwMDAwMDAwMDAwMDAwMDAx" + ".GxYz12." + "fake-bot-token_signature0123456789";
    public const string ApplicationId = "1000000000000000001";
    public const string BotUserId = "1000000000000000002";

    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private LoopbackKestrel? _server;
    private long _nextId = 1_200_000_000_000_000_000;

    private FakeDiscord()
    {
    }

    public int Port { get; private set; }

    public string RestBase => $"http://127.0.0.1:{Port}/api/v10";

    public string GatewayUrl => $"ws://127.0.0.1:{Port}/gateway";

    public string ResumeUrl => $"ws://127.0.0.1:{Port}/resume";

    /// <summary>Every REST request, in arrival order.</summary>
    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    public static async Task<FakeDiscord> StartAsync()
    {
        var fake = new FakeDiscord();
        fake._server = await LoopbackKestrel.StartAsync(app =>
        {
            app.UseWebSockets();
            app.Map("/gateway", context => fake.AcceptGatewayAsync(context, resumeUrl: false));
            app.Map("/resume", context => fake.AcceptGatewayAsync(context, resumeUrl: true));
            app.Map("/api/v10/{**path}", fake.HandleRestAsync);
        });
        fake.Port = fake._server.Port;
        return fake;
    }

    /// <summary>A Settings dictionary pointing the adapter at this fake, with short intervals for tests.</summary>
    public Dictionary<string, string?> Settings(bool withGatewayUrl = false) => new()
    {
        ["Airspace:Discord:Token"] = Token,
        ["Airspace:Discord:ApiBaseUrl"] = RestBase,
        ["Airspace:Discord:GatewayUrl"] = withGatewayUrl ? GatewayUrl : null,
        ["Airspace:Discord:ReconnectDelay"] = "00:00:00.05",
        ["Airspace:Discord:MaxReconnectDelay"] = "00:00:00.5",
        ["Airspace:Discord:MinIdentifyInterval"] = "00:00:00",
        ["Airspace:Discord:MaxRateLimitWait"] = "00:00:05",
    };

    /// <summary>A new snowflake-like id.</summary>
    public string NewId() => Interlocked.Increment(ref _nextId).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private TimeSpan Now => _clock.Elapsed;

    public async ValueTask DisposeAsync()
    {
        AbortGateway();
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    private static async Task WriteJsonAsync(HttpContext context, int status, JsonNode? body)
    {
        context.Response.StatusCode = status;
        if (body is not null)
        {
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(body.ToJsonString());
        }
    }

    private static JsonObject Error(int code, string message, JsonNode? errors = null)
    {
        var error = new JsonObject { ["code"] = code, ["message"] = message };
        if (errors is not null)
        {
            error["errors"] = errors;
        }

        return error;
    }
}
