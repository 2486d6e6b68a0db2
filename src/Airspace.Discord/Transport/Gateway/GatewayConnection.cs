using System.Buffers;
using System.Net.WebSockets;
using System.Text.Json;

namespace Airspace.Discord.Transport.Gateway;

/// <summary>
/// One gateway WebSocket, from connect to close: Hello, Identify or Resume, heartbeats with first-beat jitter and
/// zombie detection, dispatches. It ends with a <see cref="ConnectionEnd"/>; reconnecting is the client's job.
/// </summary>
internal sealed class GatewayConnection : IAsyncDisposable
{
    /// <summary>Discord closes with 4002 when a payload we send is larger.</summary>
    public const int MaxSendBytes = 4096;

    private const int MaxReceiveBytes = 16 * 1024 * 1024;
    private static readonly TimeSpan CloseTimeout = TimeSpan.FromSeconds(2);

    private readonly ClientWebSocket _socket = new();
    private readonly SemaphoreSlim _sendGate = new(1, 1);
    private readonly TaskCompletionSource<ConnectionEnd> _ended = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly GatewayConnectionContext _context;
    private readonly GatewaySendLimiter _sendLimiter;
    private readonly List<Task> _background = [];
    private volatile bool _acknowledged = true;
    private volatile bool _ready;

    public GatewayConnection(GatewayConnectionContext context)
    {
        _context = context;
        _sendLimiter = new GatewaySendLimiter(context.Time);
    }

    private ILogger Logger => _context.Logger;

    public async Task<ConnectionEnd> RunAsync(Uri url, bool resume, CancellationToken ct)
    {
        try
        {
            await _socket.ConnectAsync(url, ct).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is WebSocketException or HttpRequestException or IOException || (ex is OperationCanceledException && !ct.IsCancellationRequested))
        {
            return new ConnectionEnd(ConnectionEndKind.ConnectFailed) { Detail = SecretRedactor.Describe(ex, _context.Token) };
        }

        // Not linked to ct: cancelling a pending receive aborts the socket, and on shutdown we want to close it first.
        using var connection = new CancellationTokenSource();
        DiscordLog.GatewayConnected(Logger, url.GetLeftPart(UriPartial.Path), resume);
        var receive = ReceiveLoopAsync(resume, connection.Token);
        using var shutdown = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var stopping = Task.Delay(Timeout.InfiniteTimeSpan, _context.Time, shutdown.Token);
        await Task.WhenAny(receive, _ended.Task, stopping).ConfigureAwait(false);
        ConnectionEnd end;
        if (_ended.Task.IsCompleted)
        {
            // An end we initiated (zombie, op 7, op 9, no READY) has already sent its 4000 close.
            end = await _ended.Task.ConfigureAwait(false);
        }
        else if (receive.IsCompleted)
        {
            end = await receive.ConfigureAwait(false);
            if (end.Kind == ConnectionEndKind.Closed && end.CloseCode is { } code)
            {
                // Complete the server's close handshake with its own code.
                await CloseAsync((WebSocketCloseStatus)code).ConfigureAwait(false);
            }
        }
        else
        {
            // Shutting down: 1000 ends the session, so the bot shows offline at once.
            end = new ConnectionEnd(ConnectionEndKind.Cancelled);
            await CloseAsync(WebSocketCloseStatus.NormalClosure).ConfigureAwait(false);
        }

        await connection.CancelAsync().ConfigureAwait(false);
        await shutdown.CancelAsync().ConfigureAwait(false);
        await Settle(receive).ConfigureAwait(false);
        await Settle(stopping).ConfigureAwait(false);
        foreach (var task in _background)
        {
            await Settle(task).ConfigureAwait(false);
        }

        return end with { WasReady = _ready };
    }

    public ValueTask DisposeAsync()
    {
        _socket.Dispose();
        _sendGate.Dispose();
        return ValueTask.CompletedTask;
    }

    private async Task<ConnectionEnd> ReceiveLoopAsync(bool resume, CancellationToken ct)
    {
        var buffer = new ArrayBufferWriter<byte>(16 * 1024);
        try
        {
            while (!ct.IsCancellationRequested)
            {
                buffer.ResetWrittenCount();
                ValueWebSocketReceiveResult result;
                do
                {
                    // A message may span several frames: read until EndOfMessage.
                    result = await _socket.ReceiveAsync(buffer.GetMemory(8 * 1024), ct).ConfigureAwait(false);
                    if (result.MessageType == WebSocketMessageType.Close)
                    {
                        var code = (int?)_socket.CloseStatus;
                        return code is null
                            ? new ConnectionEnd(ConnectionEndKind.Dropped) { Detail = "closed without a code" }
                            : new ConnectionEnd(ConnectionEndKind.Closed) { CloseCode = code, Detail = _socket.CloseStatusDescription };
                    }

                    buffer.Advance(result.Count);
                    if (buffer.WrittenCount > MaxReceiveBytes)
                    {
                        return await EndAsync(new ConnectionEnd(ConnectionEndKind.Dropped) { Detail = "message too large" }).ConfigureAwait(false);
                    }
                }
                while (!result.EndOfMessage);

                var payload = JsonSerializer.Deserialize<GatewayPayload>(buffer.WrittenSpan, DiscordJson.Options);
                if (payload is not null && await HandleAsync(payload, resume, ct).ConfigureAwait(false) is { } end)
                {
                    return end;
                }
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
        }
        catch (Exception ex) when (ex is WebSocketException or IOException or JsonException)
        {
            return new ConnectionEnd(ConnectionEndKind.Dropped) { Detail = SecretRedactor.Describe(ex, _context.Token) };
        }

        return _ended.Task.IsCompleted ? await _ended.Task.ConfigureAwait(false) : new ConnectionEnd(ConnectionEndKind.Cancelled);
    }

    /// <summary>Handles one payload; returns the end of the connection when the payload ends it.</summary>
    private async Task<ConnectionEnd?> HandleAsync(GatewayPayload payload, bool resume, CancellationToken ct)
    {
        switch (payload.Op)
        {
            case GatewayOpcodes.Hello:
                var interval = TimeSpan.FromMilliseconds(payload.D.Deserialize<HelloData>(DiscordJson.Options)?.HeartbeatInterval ?? 41_250);
                _background.Add(HeartbeatLoopAsync(interval, ct));
                _background.Add(ReadyWatchAsync(ct));
                if (!resume)
                {
                    await _context.OnIdentify(ct).ConfigureAwait(false);
                }

                await SendAsync(resume ? ResumeCommand() : IdentifyCommand(), heartbeat: false, ct).ConfigureAwait(false);
                return null;
            case GatewayOpcodes.HeartbeatAck:
                _acknowledged = true;
                return null;
            case GatewayOpcodes.Heartbeat:
                // The server asks for a heartbeat: answer at once.
                await SendAsync(new GatewayCommand(GatewayOpcodes.Heartbeat, _context.Session.Sequence), heartbeat: true, ct).ConfigureAwait(false);
                return null;
            case GatewayOpcodes.Reconnect:
                return await EndAsync(new ConnectionEnd(ConnectionEndKind.Reconnect)).ConfigureAwait(false);
            case GatewayOpcodes.InvalidSession:
                return await EndAsync(new ConnectionEnd(ConnectionEndKind.InvalidSession) { Resumable = payload.D.ValueKind == JsonValueKind.True }).ConfigureAwait(false);
            case GatewayOpcodes.Dispatch:
                await DispatchAsync(payload, ct).ConfigureAwait(false);
                return null;
            default:
                return null;
        }
    }

    private async Task DispatchAsync(GatewayPayload payload, CancellationToken ct)
    {
        if (payload.S is { } sequence)
        {
            _context.Session.Observe(sequence);
        }

        switch (payload.T)
        {
            case "READY":
                var ready = payload.D.Deserialize<ReadyData>(DiscordJson.Options)!;
                _context.Session.Start(ready.SessionId, new Uri(ready.ResumeGatewayUrl));
                if (ready.Application?.Id is { Length: > 0 } applicationId)
                {
                    _context.Application.Set(applicationId);
                }

                MarkReady();
                DiscordLog.GatewayReady(Logger);
                return;
            case "RESUMED":
                MarkReady();
                DiscordLog.GatewayResumed(Logger, _context.Session.Sequence ?? 0);
                return;
            case { } name:
                try
                {
                    await _context.Handler.HandleAsync(name, payload.D, ct).ConfigureAwait(false);
                }
                catch (Exception ex) when (!ct.IsCancellationRequested)
                {
                    DiscordLog.DispatchFailed(Logger, ex, name);
                }

                return;
        }
    }

    private void MarkReady()
    {
        _ready = true;
        _context.Status.GatewayConnected = true;
    }

    private async Task HeartbeatLoopAsync(TimeSpan interval, CancellationToken ct)
    {
        try
        {
            // The first beat is jittered so that many clients reconnecting at once do not beat in step.
            await Task.Delay(interval * _context.Jitter.NextDouble(), _context.Time, ct).ConfigureAwait(false);
            while (!ct.IsCancellationRequested)
            {
                if (!_acknowledged)
                {
                    DiscordLog.GatewayZombie(Logger, interval);
                    await EndAsync(new ConnectionEnd(ConnectionEndKind.Zombie)).ConfigureAwait(false);
                    return;
                }

                _acknowledged = false;
                await SendAsync(new GatewayCommand(GatewayOpcodes.Heartbeat, _context.Session.Sequence), heartbeat: true, ct).ConfigureAwait(false);
                await Task.Delay(interval, _context.Time, ct).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
        }
        catch (Exception ex) when (ex is WebSocketException or IOException or ObjectDisposedException)
        {
            // The socket is broken; aborting it ends the receive loop, which reports the drop.
            _socket.Abort();
        }
    }

    private async Task ReadyWatchAsync(CancellationToken ct)
    {
        try
        {
            await Task.Delay(_context.Options.ReadyTimeout, _context.Time, ct).ConfigureAwait(false);
            if (!_ready)
            {
                await EndAsync(new ConnectionEnd(ConnectionEndKind.ReadyTimeout)).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
        }
    }

    /// <summary>Ends the connection from our side, closing with 4000 so that the session stays resumable.</summary>
    private async Task<ConnectionEnd> EndAsync(ConnectionEnd end)
    {
        if (_ended.Task.IsCompleted)
        {
            return await _ended.Task.ConfigureAwait(false);
        }

        await CloseAsync((WebSocketCloseStatus)GatewayCloseCodes.ResumableClose).ConfigureAwait(false);
        _ended.TrySetResult(end);
        return await _ended.Task.ConfigureAwait(false);
    }

    private async Task CloseAsync(WebSocketCloseStatus status)
    {
        if (_socket.State is not (WebSocketState.Open or WebSocketState.CloseReceived))
        {
            return;
        }

        using var timeout = new CancellationTokenSource(CloseTimeout);
        try
        {
            await _sendGate.WaitAsync(timeout.Token).ConfigureAwait(false);
            try
            {
                await _socket.CloseOutputAsync(status, null, timeout.Token).ConfigureAwait(false);
            }
            finally
            {
                _sendGate.Release();
            }
        }
        catch (Exception ex) when (ex is WebSocketException or IOException or OperationCanceledException or ObjectDisposedException)
        {
            _socket.Abort();
        }
    }

    private static async Task Settle(Task task)
    {
        try
        {
            await task.ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException or IOException or ObjectDisposedException)
        {
        }
    }

    private async Task SendAsync(GatewayCommand command, bool heartbeat, CancellationToken ct)
    {
        var bytes = DiscordJson.Serialize(command);
        if (bytes.Length > MaxSendBytes)
        {
            throw new InvalidOperationException($"Gateway payload op {command.Op} is {bytes.Length} bytes; Discord accepts at most {MaxSendBytes}.");
        }

        await _sendLimiter.WaitAsync(heartbeat, ct).ConfigureAwait(false);
        await _sendGate.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            await _socket.SendAsync(bytes, WebSocketMessageType.Text, endOfMessage: true, ct).ConfigureAwait(false);
        }
        finally
        {
            _sendGate.Release();
        }
    }

    private GatewayCommand IdentifyCommand() => new(GatewayOpcodes.Identify, new IdentifyData(
        _context.Token,
        GatewayOpcodes.Intents,
        new IdentifyProperties(Environment.OSVersion.Platform.ToString().ToLowerInvariant(), "airspace", "airspace")));

    private GatewayCommand ResumeCommand() => new(GatewayOpcodes.Resume, new ResumeData(_context.Token, _context.Session.SessionId ?? "", _context.Session.Sequence));
}
