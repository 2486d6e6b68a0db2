using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Airspace.Core.Ingest;
using Airspace.Core.Search;
using Airspace.Telegram.Tests.Fake;
using Airspace.Telegram.Tests.Support;

namespace Airspace.Telegram.Tests.Updates;

/// <summary>
/// What a chat sees must not depend on which process answers it: paging keys, per-user limits and handled update ids
/// live in the store, so a restarted bot (or another replica on the same store) carries on where the last one stopped.
/// </summary>
public sealed class SharedStateRestartTests : IDisposable
{
    private const long Chat = 7801;
    private const string Secret = "s3cret-Value_2";
    private readonly TempDirectory _temp = new();

    [Fact]
    public async Task SearchButton_LongQueryPressedAfterARestart_ShowsTheNextPage()
    {
        await using var fake = await FakeBotApi.StartAsync();
        fake.AddPrivateChat(Chat);
        var settings = TelegramTestBot.Settings(_temp.Combine("data"), fake);
        var query = "sukhoi " + string.Concat(Enumerable.Repeat("programme milestone ", 6)).Trim();
        FakeMessage reply;
        await using (var first = await TelegramTestBot.StartAsync(settings))
        {
            var ingestor = first.Get<ArticleIngestor>();
            for (var i = 1; i <= 12; i++)
            {
                await ingestor.IngestAsync(TestArticles.Draft(i, "Sukhoi"), default);
            }

            var index = first.Get<ISearchIndex>();
            Assert.True(await Eventually.WaitUntilAsync(async () => await index.CountAsync(default) == 12), first.Logs.All);
            fake.PushMessage(Chat, Chat, "/search " + query);
            Assert.True(await Eventually.WaitUntilAsync(() => fake.BotMessages(Chat).Count == 1), first.Logs.All);
            reply = fake.BotMessages(Chat)[0];
        }

        var next = NextButton(reply);
        Assert.StartsWith("k:2:", next, StringComparison.Ordinal);
        await using var second = await TelegramTestBot.StartAsync(settings);
        fake.PushCallback(Chat, reply.Id, Chat, next);

        Assert.True(await Eventually.WaitUntilAsync(() => fake.BotMessages(Chat).Single().Edits == 1), second.Logs.All);
        Assert.Contains("(page 2 of", fake.BotMessages(Chat).Single().Text, StringComparison.Ordinal);
        Assert.DoesNotContain(fake.CallbackAnswers, a => ((string?)a["text"])?.Contains("expired", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task Commands_OverTheLimitAcrossARestart_OnePoliteNotice()
    {
        await using var fake = await FakeBotApi.StartAsync();
        fake.AddPrivateChat(Chat);
        var settings = TelegramTestBot.Settings(_temp.Combine("data"), fake);
        settings["Airspace:Telegram:CommandsPerUser"] = "2";
        settings["Airspace:Telegram:CommandWindow"] = "00:10:00";
        await using (var first = await TelegramTestBot.StartAsync(settings))
        {
            fake.PushMessage(Chat, Chat, "/help");
            fake.PushMessage(Chat, Chat, "/help");
            Assert.True(await Eventually.WaitUntilAsync(() => fake.BotMessages(Chat).Count == 2), first.Logs.All);
        }

        await using var second = await TelegramTestBot.StartAsync(settings);
        fake.PushMessage(Chat, Chat, "/help");

        Assert.True(await Eventually.WaitUntilAsync(() => fake.BotMessages(Chat).Count == 3), second.Logs.All);
        Assert.Contains("faster than I can answer", fake.BotMessages(Chat)[2].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Webhook_UpdateRedeliveredAfterARestart_AnsweredOnce()
    {
        await using var fake = await FakeBotApi.StartAsync();
        fake.AddPrivateChat(Chat);
        var settings = TelegramTestBot.Settings(_temp.Combine("data"), fake);
        settings["Airspace:Telegram:Mode"] = "Webhook";
        settings["Airspace:Telegram:WebhookUrl"] = "https://bot.example.test/telegram/webhook";
        settings["Airspace:Telegram:WebhookSecret"] = Secret;
        settings["Airspace:Http:Urls"] = "http://127.0.0.1:0";
        using var http = new HttpClient();
        var help = fake.PushedUpdate(fake.PushMessage(Chat, Chat, "/help"))!;
        await using (var first = await TelegramTestBot.StartAsync(settings))
        {
            Assert.Equal(HttpStatusCode.OK, await PostAsync(http, first, help));
            Assert.True(await Eventually.WaitUntilAsync(() => fake.BotMessages(Chat).Count == 1), first.Logs.All);
        }

        await using var second = await TelegramTestBot.StartAsync(settings);
        Assert.Equal(HttpStatusCode.OK, await PostAsync(http, second, help));

        // Same chat, so handled after the redelivery: once this is answered, the redelivery was decided.
        Assert.Equal(HttpStatusCode.OK, await PostAsync(http, second, fake.PushedUpdate(fake.PushMessage(Chat, Chat, "/latest"))!));
        Assert.True(await Eventually.WaitUntilAsync(() => fake.BotMessages(Chat).Any(m => m.Text == "No articles yet.")), second.Logs.All);
        Assert.Equal(2, fake.BotMessages(Chat).Count);
    }

    public void Dispose() => _temp.Dispose();

    private static string NextButton(FakeMessage message) =>
        message.ReplyMarkup!["inline_keyboard"]!.AsArray().SelectMany(r => r!.AsArray()).Select(b => (string)b!["callback_data"]!).Last();

    private static async Task<HttpStatusCode> PostAsync(HttpClient http, TelegramTestBot bot, JsonObject update)
    {
        using var content = new StringContent(update.ToJsonString(), Encoding.UTF8, "application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(bot.HttpAddress, "/telegram/webhook")) { Content = content };
        request.Headers.Add("X-Telegram-Bot-Api-Secret-Token", Secret);
        using var response = await http.SendAsync(request);
        return response.StatusCode;
    }
}
