using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Airspace.Discord.Tests.Fakes;
using Airspace.Discord.Tests.Support;

namespace Airspace.Discord.Tests.Http;

/// <summary>Http mode: the host's /discord/interactions endpoint, signed (or forged) like Discord does.</summary>
public sealed class HttpInteractionsTests : IAsyncLifetime
{
    private readonly Ed25519TestKeys _keys = new();
    private readonly Ed25519TestKeys _forger = new();
    private readonly TempDirectory _temp = new();
    private readonly HttpClient _http = new();
    private FakeDiscord _fake = null!;
    private TestHost _host = null!;

    public async Task InitializeAsync()
    {
        _fake = await FakeDiscord.StartAsync();
        var settings = TestHost.HttpModeSettings(_fake, _temp, _keys);
        _host = await TestHost.StartAsync(settings, _temp);
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _host.DisposeAsync();
        await _fake.DisposeAsync();
        _temp.Dispose();
    }

    private Task<HttpResponseMessage> PostAsync(string body, Ed25519TestKeys? signer, string? timestamp = null, bool tamper = false)
    {
        var tampered = tamper ? new ByteArrayContent(Encoding.UTF8.GetBytes(body.Replace("1", "2", StringComparison.Ordinal))) : null;
        return _http.SendAsync(SignedRequests.Create(_host.HttpPort, body, signer, timestamp, tampered));
    }

    private static string Ping => new JsonObject { ["id"] = "2000000000000000001", ["application_id"] = FakeDiscord.ApplicationId, ["type"] = 1, ["token"] = "t", ["version"] = 1 }.ToJsonString();

    [Fact]
    public async Task Post_SignedPing_AnswersPongAsJson()
    {
        using var response = await PostAsync(Ping, _keys);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(1, JsonNode.Parse(await response.Content.ReadAsStringAsync())!["type"]!.GetValue<int>());
    }

    [Fact]
    public async Task Post_SignedByAnotherKey_Is401()
    {
        using var response = await PostAsync(Ping, _forger);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Post_BodyChangedAfterSigning_Is401()
    {
        using var response = await PostAsync(Ping, _keys, tamper: true);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Post_NoSignatureHeaders_Is401()
    {
        using var response = await PostAsync(Ping, signer: null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Post_StaleTimestamp_Is401()
    {
        var stale = DateTimeOffset.UtcNow.AddMinutes(-30).ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);

        using var response = await PostAsync(Ping, _keys, stale);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Post_SignedCommand_AnswersInTheHttpReplyThroughTheSameHandlers()
    {
        var interaction = _fake.NewInteraction(2, InteractionHarness.Command("help"), InteractionHarness.Channel);

        using var response = await PostAsync(interaction.ToJsonString(), _keys);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var answer = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(4, answer["type"]!.GetValue<int>());
        Assert.Contains("/search", answer["data"]!["content"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Empty(answer["data"]!["allowed_mentions"]!["parse"]!.AsArray());
        Assert.DoesNotContain(_fake.Requests, r => r.Path.EndsWith("/callback", StringComparison.Ordinal));
    }
}
