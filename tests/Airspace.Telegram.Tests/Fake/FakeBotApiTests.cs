using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace Airspace.Telegram.Tests.Fake;

/// <summary>The fake must be as strict as the real server, or the other tests prove nothing.</summary>
public sealed class FakeBotApiTests : IAsyncLifetime
{
    private readonly HttpClient _http = new();
    private FakeBotApi _fake = null!;

    public async Task InitializeAsync()
    {
        _fake = await FakeBotApi.StartAsync();
        _fake.AddPrivateChat(42);
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _fake.DisposeAsync();
    }

    [Theory]
    [InlineData("<script>x</script>", "Unsupported start tag \"script\"")]
    [InlineData("<b>bold<i>both</b></i>", "Unmatched end tag")]
    [InlineData("<b>never closed", "Can't find end tag")]
    [InlineData("<br>", "Unsupported start tag \"br\"")]
    [InlineData("a < b", "Unsupported start tag")]
    [InlineData("<a href=\"javascript:x\">x</a>", "Tag \"a\" must have a valid href")]
    public async Task SendMessage_HtmlTelegramRejects_400CantParseEntities(string html, string detail)
    {
        var (status, body) = await CallAsync("sendMessage", new JsonObject { ["chat_id"] = 42, ["text"] = html, ["parse_mode"] = "Html" });

        Assert.Equal(400, status);
        Assert.False((bool)body["ok"]!);
        Assert.Equal(400, (int)body["error_code"]!);
        Assert.Contains("Bad Request: can't parse entities: " + detail, (string)body["description"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendMessage_EntitiesDecodedAndUnknownOnesKept_CountedAfterParsing()
    {
        var (status, body) = await CallAsync("sendMessage", new JsonObject { ["chat_id"] = 42, ["text"] = "<b>&lt;x&gt; &amp; &quot;q&quot; &nbsp; &#128512;</b>", ["parse_mode"] = "HTML" });

        Assert.Equal(200, status);
        Assert.Equal("<x> & \"q\" &nbsp; 😀", (string)body["result"]!["text"]!);
    }

    [Fact]
    public async Task SendMessage_Over4096CodePoints_400MessageIsTooLong()
    {
        var (ok, _) = await CallAsync("sendMessage", new JsonObject { ["chat_id"] = 42, ["text"] = string.Concat(Enumerable.Repeat("😀", 4096)) });
        var (status, body) = await CallAsync("sendMessage", new JsonObject { ["chat_id"] = 42, ["text"] = new string('x', 4097) });

        Assert.Equal(200, ok);
        Assert.Equal(400, status);
        Assert.Equal("Bad Request: message is too long", (string)body["description"]!);
    }

    [Fact]
    public async Task AnyMethod_WrongToken_401Unauthorized()
    {
        using var response = await _http.PostAsync($"{_fake.BaseUrl}/bot123456:WRONG/getMe", null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("{\"ok\":false,\"error_code\":401,\"description\":\"Unauthorized\"}", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task SendMessage_FasterThanThePerChatRate_429WithRetryAfter()
    {
        var statuses = new List<int>();
        JsonObject? last = null;
        for (var i = 0; i < 10; i++)
        {
            (var status, last) = await CallAsync("sendMessage", new JsonObject { ["chat_id"] = 42, ["text"] = "x" + i });
            statuses.Add(status);
        }

        Assert.Contains(429, statuses);
        Assert.Equal(1, (int)last!["parameters"]!["retry_after"]!);
    }

    [Fact]
    public async Task GetUpdates_SecondConcurrentPoll_FirstEndsWith409()
    {
        var first = CallAsync("getUpdates", new JsonObject { ["offset"] = 0, ["timeout"] = 10 });
        await Task.Delay(200);
        var second = CallAsync("getUpdates", new JsonObject { ["offset"] = 0, ["timeout"] = 0 });

        var (status, body) = await first;
        Assert.Equal(409, status);
        Assert.StartsWith("Conflict: terminated by other getUpdates request", (string)body["description"]!, StringComparison.Ordinal);
        Assert.Equal(200, (await second).Status);
    }

    [Fact]
    public async Task GetUpdates_Offset_ConfirmsEarlierUpdates()
    {
        var id = _fake.PushMessage(42, 42, "/help");
        var (_, before) = await CallAsync("getUpdates", new JsonObject { ["offset"] = 0, ["timeout"] = 0 });
        var (_, after) = await CallAsync("getUpdates", new JsonObject { ["offset"] = id + 1, ["timeout"] = 0 });
        var (_, again) = await CallAsync("getUpdates", new JsonObject { ["offset"] = 0, ["timeout"] = 0 });

        Assert.Equal(id, (int)before["result"]![0]!["update_id"]!);
        Assert.Empty((JsonArray)after["result"]!);
        Assert.Empty((JsonArray)again["result"]!);
    }

    private async Task<(int Status, JsonObject Body)> CallAsync(string method, JsonObject body)
    {
        using var content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
        using var response = await _http.PostAsync($"{_fake.BaseUrl}/bot{_fake.Token}/{method}", content);
        return ((int)response.StatusCode, (JsonObject)JsonNode.Parse(await response.Content.ReadAsStringAsync())!);
    }
}
