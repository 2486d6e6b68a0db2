using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Airspace.Telegram.Tests.Fake;
using Airspace.Telegram.Tests.Support;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Airspace.Telegram.Tests.Webhook;

public sealed class WebhookTests : IAsyncLifetime
{
    private const long Chat = 8101;
    private const string Secret = "s3cret-Value_1";
    private const string PublicUrl = "https://bot.example.test/telegram/webhook";

    private readonly TempDirectory _temp = new();
    private readonly HttpClient _http = new();
    private FakeBotApi _fake = null!;
    private TelegramTestBot _bot = null!;
    private Uri _endpoint = null!;

    public async Task InitializeAsync()
    {
        _fake = await FakeBotApi.StartAsync();
        _fake.AddPrivateChat(Chat);
        var settings = TelegramTestBot.Settings(_temp.Combine("data"), _fake);
        settings["Airspace:Telegram:Mode"] = "Webhook";
        settings["Airspace:Telegram:WebhookUrl"] = PublicUrl;
        settings["Airspace:Telegram:WebhookSecret"] = Secret;
        settings["Airspace:Http:Urls"] = "http://127.0.0.1:0";
        _bot = await TelegramTestBot.StartAsync(settings);
        var address = _bot.Get<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        _endpoint = new Uri(new Uri(address), "/telegram/webhook");
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _bot.DisposeAsync();
        await _fake.DisposeAsync();
        _temp.Dispose();
    }

    [Fact]
    public void Start_WebhookMode_SetsTheWebhookWithItsSecretAndNeverPolls()
    {
        Assert.Equal(PublicUrl, _fake.WebhookUrl);
        Assert.Equal(Secret, _fake.WebhookSecret);
        var setWebhook = _fake.Requests.Single(r => r.Method == "setwebhook").Body;
        Assert.Contains("callback_query", setWebhook["allowed_updates"]!.AsArray().Select(u => (string?)u));
        Assert.Equal(0, _fake.Count("getUpdates"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("wrong-secret")]
    [InlineData("s3cret-Value_")]
    public async Task Post_WrongOrMissingSecret_401AndNothingHandled(string? secret)
    {
        var refused = await PostAsync(Update("/help"), secret);
        var accepted = await PostAsync(Update("/latest 1"), Secret);

        Assert.Equal(HttpStatusCode.Unauthorized, refused);
        Assert.Equal(HttpStatusCode.OK, accepted);
        Assert.True(await Eventually.WaitUntilAsync(() => _fake.BotMessages(Chat).Count >= 1));
        var reply = Assert.Single(_fake.BotMessages(Chat));
        Assert.Equal("No articles yet.", reply.Text);
    }

    [Fact]
    public async Task Post_SameUpdateTwice_AnsweredOnce()
    {
        var update = Update("/help");

        Assert.Equal(HttpStatusCode.OK, await PostAsync(update, Secret));
        Assert.Equal(HttpStatusCode.OK, await PostAsync(update, Secret));
        Assert.Equal(HttpStatusCode.OK, await PostAsync(Update("/latest"), Secret));

        Assert.True(await Eventually.WaitUntilAsync(() => _fake.BotMessages(Chat).Count >= 2));
        Assert.Equal(["Airspace posts", "No articles yet."], _fake.BotMessages(Chat).Select(m => m.Text.StartsWith("Airspace posts", StringComparison.Ordinal) ? "Airspace posts" : m.Text));
    }

    [Fact]
    public async Task Post_NotJson_400()
    {
        using var content = new StringContent("not json", Encoding.UTF8, "application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, _endpoint) { Content = content };
        request.Headers.Add("X-Telegram-Bot-Api-Secret-Token", Secret);

        using var response = await _http.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Post_Chunked2MiBBodyWithTheRightSecret_413AndNothingHandled()
    {
        var update = Update("/help");
        update["message"]!["text"] = "/help " + new string('a', 2 * 1024 * 1024);
        using var content = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(update.ToJsonString())));
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, _endpoint) { Content = content };
        request.Headers.Add("X-Telegram-Bot-Api-Secret-Token", Secret);
        request.Headers.TransferEncodingChunked = true;

        using var response = await _http.SendAsync(request);
        var after = await PostAsync(Update("/latest"), Secret);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, after);
        Assert.True(await Eventually.WaitUntilAsync(() => _fake.BotMessages(Chat).Count >= 1));
        Assert.Equal("No articles yet.", Assert.Single(_fake.BotMessages(Chat)).Text);
    }

    private JsonObject Update(string text)
    {
        // The fake builds the update exactly as Telegram would post it; in webhook mode nobody polls it.
        var id = _fake.PushMessage(Chat, Chat, text);
        return _fake.PushedUpdate(id)!;
    }

    private async Task<HttpStatusCode> PostAsync(JsonObject update, string? secret)
    {
        using var content = new StringContent(update.ToJsonString(), Encoding.UTF8, "application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, _endpoint) { Content = content };
        if (secret is not null)
        {
            request.Headers.Add("X-Telegram-Bot-Api-Secret-Token", secret);
        }

        using var response = await _http.SendAsync(request);
        return response.StatusCode;
    }
}
