using System.Net;
using System.Net.Sockets;
using System.Text;
using Airspace.Discord.Tests.Fakes;
using Airspace.Discord.Tests.Support;
using Microsoft.Data.Sqlite;

namespace Airspace.Discord.Tests.Http;

/// <summary>Http mode against what an attacker (or a replay) can send: replays across restarts, hanging and oversized bodies.</summary>
public sealed class InteractionGuardTests : IAsyncLifetime
{
    private readonly Ed25519TestKeys _keys = new();
    private readonly TempDirectory _temp = new();
    private readonly HttpClient _http = new();
    private FakeDiscord _fake = null!;
    private TestHost _host = null!;

    public async Task InitializeAsync()
    {
        _fake = await FakeDiscord.StartAsync();
        _host = await StartHostAsync();
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _host.DisposeAsync();
        await _fake.DisposeAsync();
        _temp.Dispose();
    }

    [Fact]
    public async Task Post_SameSignedInteractionAfterARestart_RefusedAndNotRunAgain()
    {
        var body = _fake.NewInteraction(2, InteractionHarness.Command("help"), InteractionHarness.Channel).ToJsonString();
        var timestamp = SignedRequests.Now();
        using var first = await _http.SendAsync(SignedRequests.Create(_host.HttpPort, body, _keys, timestamp));
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);

        // A new process on the same data folder: nothing in memory remembers the first request.
        await _host.DisposeAsync();
        _host = await StartHostAsync();
        using var replay = await _http.SendAsync(SignedRequests.Create(_host.HttpPort, body, _keys, timestamp));

        Assert.Equal(HttpStatusCode.Unauthorized, replay.StatusCode);
        Assert.Contains("interaction replayed", _host.Logs.All, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_WhileAnotherConnectionHoldsTheWriteLock_AnsweredBeforeTheLockIsReleased()
    {
        // A planning transaction or `airspace import` holding the main database's write lock must not delay answers.
        await using var holder = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Path.Combine(_host.DataDirectory, "airspace.db"), Pooling = false }.ToString());
        await holder.OpenAsync();
        await using (var begin = holder.CreateCommand())
        {
            begin.CommandText = "BEGIN IMMEDIATE;";
            await begin.ExecuteNonQueryAsync();
        }

        var body = _fake.NewInteraction(2, InteractionHarness.Command("help"), InteractionHarness.Channel).ToJsonString();
        var send = _http.SendAsync(SignedRequests.Create(_host.HttpPort, body, _keys));
        var answeredWhileHeld = await Task.WhenAny(send, Task.Delay(TimeSpan.FromSeconds(20))) == send;
        await using (var rollback = holder.CreateCommand())
        {
            rollback.CommandText = "ROLLBACK;";
            await rollback.ExecuteNonQueryAsync();
        }

        using var response = await send;
        Assert.True(answeredWhileHeld, "the interaction was answered only after the write lock was released");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Post_UnsignedWithABodyThatNeverEnds_RefusedFromTheHeadersAlone()
    {
        // Raw HTTP/1.1, so nothing on the client side waits for the body to finish: headers, one chunk, then silence.
        using var client = new TcpClient();
        await client.ConnectAsync(IPAddress.Loopback, _host.HttpPort);
        await using var stream = client.GetStream();
        var head = "POST /discord/interactions HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
            + "Transfer-Encoding: chunked\r\n\r\n1\r\n{\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head));

        var buffer = new byte[256];
        var read = await stream.ReadAsync(buffer).AsTask().WaitAsync(TimeSpan.FromSeconds(20));

        Assert.StartsWith("HTTP/1.1 401", Encoding.ASCII.GetString(buffer, 0, read), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_SignedChunkedBodyOverTheLimit_413()
    {
        var interaction = _fake.NewInteraction(2, InteractionHarness.Command("search", ("query", "x" + new string(' ', 1024 * 1024))), InteractionHarness.Channel).ToJsonString();
        using var content = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(interaction)));
        using var request = SignedRequests.Create(_host.HttpPort, interaction, _keys, content: content);
        request.Headers.TransferEncodingChunked = true;

        using var response = await _http.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    private Task<TestHost> StartHostAsync()
    {
        var settings = TestHost.HttpModeSettings(_fake, _temp, _keys);
        return TestHost.StartAsync(settings, _temp);
    }
}
