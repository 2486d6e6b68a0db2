using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;

namespace Airspace.Discord.Tests.Fakes;

/// <summary>One accepted gateway socket; sends are split into small frames, as a real gateway may.</summary>
internal sealed class FakeGatewayConnection(WebSocket socket, int number)
{
    /// <summary>Small frames, so the client must reassemble messages as with a real gateway.</summary>
    private const int FrameSize = 64;

    private readonly SemaphoreSlim _send = new(1, 1);

    public WebSocket Socket => socket;
    public int Number => number;
    public bool Ready { get; set; }
    public bool ClosedByServer { get; private set; }

    public async Task SendAsync(JsonObject payload)
    {
        var bytes = Encoding.UTF8.GetBytes(payload.ToJsonString());
        await _send.WaitAsync();
        try
        {
            if (socket.State != WebSocketState.Open)
            {
                return;
            }

            for (var offset = 0; offset < bytes.Length; offset += FrameSize)
            {
                var count = Math.Min(FrameSize, bytes.Length - offset);
                await socket.SendAsync(bytes.AsMemory(offset, count), WebSocketMessageType.Text, offset + count >= bytes.Length, CancellationToken.None);
            }
        }
        catch (Exception ex) when (ex is WebSocketException or IOException or ObjectDisposedException)
        {
        }
        finally
        {
            _send.Release();
        }
    }

    public async Task CloseAsync(int code)
    {
        ClosedByServer = true;
        Ready = false;
        await _send.WaitAsync();
        try
        {
            if (socket.State == WebSocketState.Open)
            {
                await socket.CloseOutputAsync((WebSocketCloseStatus)code, "fake", CancellationToken.None);
            }
        }
        catch (Exception ex) when (ex is WebSocketException or IOException or ObjectDisposedException)
        {
        }
        finally
        {
            _send.Release();
        }
    }
}
