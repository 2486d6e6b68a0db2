using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Airspace.Discord.Tests.Fakes;

public sealed partial class FakeDiscord
{
    private static readonly int[] PrivilegedIntents = [1 << 1, 1 << 8, 1 << 15];

    private readonly Lock _sessionGate = new();
    private readonly List<(long S, string T, JsonNode D)> _log = [];
    private FakeGatewayConnection? _current;
    private string? _sessionId;
    private long _sequence;
    private bool _sessionValid;
    private int _connections;
    private int _identifies;
    private int _resumes;
    private int _heartbeats;
    private int _rejected;

    public TimeSpan HeartbeatInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>On this connection (1-based) heartbeats get no ACK: the client must see a zombie.</summary>
    public int? WithholdAcksOnConnection { get; set; }

    /// <summary>Gateway upgrades are refused with 503 (Discord down).</summary>
    public bool RejectConnections { get; set; }

    /// <summary>Dispatches sent right after READY (GUILD_CREATE …).</summary>
    public List<(string Type, JsonObject Data)> AfterReady { get; } = [];

    public int Connections => Volatile.Read(ref _connections);
    public int Identifies => Volatile.Read(ref _identifies);
    public int Resumes => Volatile.Read(ref _resumes);
    public int Heartbeats => Volatile.Read(ref _heartbeats);
    public int RejectedConnections => Volatile.Read(ref _rejected);

    /// <summary>"gateway" or "resume" per connection, in order.</summary>
    public ConcurrentQueue<string> ConnectedTo { get; } = new();

    /// <summary>The close code the client sent per ended connection (null: dropped without a close frame).</summary>
    public ConcurrentQueue<int?> ClientCloseCodes { get; } = new();

    /// <summary>Every payload the client sent: (connection number, payload).</summary>
    public ConcurrentQueue<(int Connection, JsonObject Payload)> ClientPayloads { get; } = new();

    /// <summary>The seq each Resume asked for.</summary>
    public ConcurrentQueue<long?> ResumeSequences { get; } = new();

    public bool Ready => _current?.Ready == true;

    public IEnumerable<JsonObject> Sent(int op) => ClientPayloads.Where(p => p.Payload["op"]?.GetValue<int>() == op).Select(p => p.Payload);

    /// <summary>Sends a dispatch with the next sequence number (or only logs it, for replay, while the client is away).</summary>
    public async Task<long> DispatchAsync(string type, JsonNode data)
    {
        long sequence;
        lock (_sessionGate)
        {
            sequence = ++_sequence;
            _log.Add((sequence, type, data.DeepClone()));
        }

        if (_current is { Ready: true } connection)
        {
            await connection.SendAsync(new JsonObject { ["op"] = 0, ["t"] = type, ["s"] = sequence, ["d"] = data.DeepClone() });
        }

        return sequence;
    }

    /// <summary>The server closes the current connection with <paramref name="code"/>.</summary>
    public async Task CloseGatewayAsync(int code)
    {
        if (code is 4007 or 4009)
        {
            InvalidateSession();
        }

        if (_current is { } connection)
        {
            await connection.CloseAsync(code);
        }
    }

    /// <summary>Drops the TCP connection without a close frame.</summary>
    public void AbortGateway() => _current?.Socket.Abort();

    public async Task SendOpAsync(int op, JsonNode? data)
    {
        if (op == 9 && data?.GetValue<bool>() == false)
        {
            InvalidateSession();
        }

        if (_current is { } connection)
        {
            await connection.SendAsync(new JsonObject { ["op"] = op, ["d"] = data });
        }
    }

    /// <summary>The server drops the session: a later Resume gets op 9 false.</summary>
    public void ForgetSession() => InvalidateSession();

    private void InvalidateSession()
    {
        lock (_sessionGate)
        {
            _sessionValid = false;
        }
    }

    private async Task AcceptGatewayAsync(HttpContext context, bool resumeUrl)
    {
        if (RejectConnections || !context.WebSockets.IsWebSocketRequest)
        {
            Interlocked.Increment(ref _rejected);
            context.Response.StatusCode = 503;
            return;
        }

        var versionOk = context.Request.Query["v"] == "10" && context.Request.Query["encoding"] == "json";
        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        var number = Interlocked.Increment(ref _connections);
        var connection = new FakeGatewayConnection(socket, number);
        _current = connection;
        ConnectedTo.Enqueue(resumeUrl ? "resume" : "gateway");
        try
        {
            if (!versionOk)
            {
                await connection.CloseAsync(4012);
            }

            await connection.SendAsync(new JsonObject { ["op"] = 10, ["d"] = new JsonObject { ["heartbeat_interval"] = (int)HeartbeatInterval.TotalMilliseconds } });
            await ReceiveLoopAsync(connection);
        }
        catch (Exception ex) when (ex is WebSocketException or IOException or OperationCanceledException or ObjectDisposedException)
        {
            ClientCloseCodes.Enqueue(null);
        }
        finally
        {
            Interlocked.CompareExchange(ref _current, null, connection);
        }
    }

    private async Task ReceiveLoopAsync(FakeGatewayConnection connection)
    {
        var socket = connection.Socket;
        var buffer = new byte[64 * 1024];
        var sends = new Queue<DateTime>();
        while (true)
        {
            using var message = new MemoryStream();
            WebSocketReceiveResult result;
            do
            {
                result = await socket.ReceiveAsync(buffer, CancellationToken.None);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    var code = (int?)socket.CloseStatus;
                    ClientCloseCodes.Enqueue(code);
                    if (!connection.ClosedByServer && code is 1000 or 1001)
                    {
                        // A normal close ends the session: it can no longer be resumed.
                        InvalidateSession();
                    }

                    if (socket.State == WebSocketState.CloseReceived)
                    {
                        await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
                    }

                    return;
                }

                message.Write(buffer, 0, result.Count);
            }
            while (!result.EndOfMessage);

            if (message.Length > 4096)
            {
                await connection.CloseAsync(4002);
                continue;
            }

            sends.Enqueue(DateTime.UtcNow);
            while (DateTime.UtcNow - sends.Peek() > TimeSpan.FromSeconds(60))
            {
                sends.Dequeue();
            }

            if (sends.Count > 120)
            {
                await connection.CloseAsync(4008);
                continue;
            }

            var payload = (JsonObject)JsonNode.Parse(message.ToArray())!;
            ClientPayloads.Enqueue((connection.Number, payload));
            await HandleClientPayloadAsync(connection, payload);
        }
    }

    private async Task HandleClientPayloadAsync(FakeGatewayConnection connection, JsonObject payload)
    {
        var d = payload["d"];
        switch (payload["op"]?.GetValue<int>())
        {
            case 1:
                Interlocked.Increment(ref _heartbeats);
                if (WithholdAcksOnConnection != connection.Number)
                {
                    await connection.SendAsync(new JsonObject { ["op"] = 11 });
                }

                break;
            case 2:
                await IdentifyAsync(connection, d as JsonObject);
                break;
            case 6:
                await ResumeAsync(connection, d as JsonObject);
                break;
            default:
                await connection.CloseAsync(4001);
                break;
        }
    }

    private async Task IdentifyAsync(FakeGatewayConnection connection, JsonObject? d)
    {
        if (d?["token"]?.GetValue<string>() != Token)
        {
            await connection.CloseAsync(4004);
            return;
        }

        var intents = d["intents"]?.GetValue<int>() ?? -1;
        if (PrivilegedIntents.Any(p => (intents & p) != 0))
        {
            await connection.CloseAsync(4014);
            return;
        }

        if (intents is < 0 or >= 1 << 26)
        {
            await connection.CloseAsync(4013);
            return;
        }

        Interlocked.Increment(ref _identifies);
        SessionStartRemaining--;
        long sequence;
        string sessionId;
        lock (_sessionGate)
        {
            sessionId = Guid.NewGuid().ToString("N");
            _sessionId = sessionId;
            _sessionValid = true;
            _log.Clear();
            _sequence = 0;
            sequence = ++_sequence;
        }

        await connection.SendAsync(new JsonObject
        {
            ["op"] = 0,
            ["t"] = "READY",
            ["s"] = sequence,
            ["d"] = new JsonObject
            {
                ["v"] = 10,
                ["user"] = new JsonObject { ["id"] = BotUserId, ["username"] = "airspace", ["bot"] = true },
                ["guilds"] = new JsonArray(),
                ["session_id"] = sessionId,
                ["resume_gateway_url"] = ResumeUrl,
                ["application"] = new JsonObject { ["id"] = ApplicationId, ["flags"] = 0 },
            },
        });
        connection.Ready = true;
        foreach (var (type, data) in AfterReady)
        {
            await DispatchAsync(type, data);
        }
    }

    private async Task ResumeAsync(FakeGatewayConnection connection, JsonObject? d)
    {
        Interlocked.Increment(ref _resumes);
        var seq = d?["seq"]?.GetValue<long?>();
        ResumeSequences.Enqueue(seq);
        List<(long S, string T, JsonNode D)> replay;
        long resumed;
        lock (_sessionGate)
        {
            var valid = _sessionValid && d?["session_id"]?.GetValue<string>() == _sessionId && d?["token"]?.GetValue<string>() == Token;
            if (!valid)
            {
                replay = [];
                resumed = -1;
            }
            else
            {
                replay = _log.Where(e => e.S > (seq ?? 0)).ToList();
                resumed = ++_sequence;
            }
        }

        if (resumed < 0)
        {
            await connection.SendAsync(new JsonObject { ["op"] = 9, ["d"] = false });
            return;
        }

        foreach (var (s, t, data) in replay)
        {
            await connection.SendAsync(new JsonObject { ["op"] = 0, ["t"] = t, ["s"] = s, ["d"] = data.DeepClone() });
        }

        await connection.SendAsync(new JsonObject { ["op"] = 0, ["t"] = "RESUMED", ["s"] = resumed, ["d"] = new JsonObject() });
        connection.Ready = true;
    }
}
