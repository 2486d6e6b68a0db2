using Airspace.Core;
using Airspace.Core.Commands;
using Airspace.Telegram.Tests.Fake;
using Airspace.Telegram.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Airspace.Telegram.Tests.Startup;

public sealed class StartupTests : IAsyncLifetime
{
    private readonly TempDirectory _temp = new();
    private FakeBotApi _fake = null!;

    public async Task InitializeAsync() => _fake = await FakeBotApi.StartAsync();

    public async Task DisposeAsync()
    {
        await _fake.DisposeAsync();
        _temp.Dispose();
    }

    [Fact]
    public void AddAirspaceTelegram_NoToken_RegistersNothing()
    {
        var services = new ServiceCollection();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Airspace:Telegram:ApiBaseUrl"] = "http://127.0.0.1:1",
            ["Airspace:Telegram:Mode"] = "Webhook",
        }).Build();

        services.AddAirspaceTelegram(configuration);

        Assert.Empty(services);
    }

    [Fact]
    public async Task Start_ValidToken_RegistersTheCommandMenuAndRemovesAnyWebhook()
    {
        await using var bot = await TelegramTestBot.StartAsync(TelegramTestBot.Settings(_temp.Combine("data"), _fake));

        var expected = new[] { "start" }.Concat(bot.Get<CommandRouter>().Declarations.Select(c => c.Name)).ToArray();
        Assert.Equal(expected, _fake.Commands.Select(c => (string)c["command"]!));
        Assert.All(_fake.Commands, c => Assert.False(string.IsNullOrWhiteSpace((string?)c["description"])));
        Assert.Equal(1, _fake.Count("getMe", 200));
        Assert.Equal(1, _fake.Count("deleteWebhook", 200));
    }

    [Fact]
    public async Task Start_ValidToken_RegistersTheMenuOncePerLanguage()
    {
        await using var bot = await TelegramTestBot.StartAsync(TelegramTestBot.Settings(_temp.Combine("data"), _fake));

        string Search(IReadOnlyList<System.Text.Json.Nodes.JsonObject> menu) => (string)menu.Single(c => (string)c["command"]! == "search")["description"]!;
        Assert.StartsWith("Search the archive", Search(_fake.Commands), StringComparison.Ordinal);
        Assert.StartsWith("Cari di arsip", Search(_fake.CommandsFor("id")), StringComparison.Ordinal);
        Assert.Equal(_fake.Commands.Select(c => (string)c["command"]!), _fake.CommandsFor("id").Select(c => (string)c["command"]!));
        Assert.Equal(2, _fake.Count("setMyCommands", 200));
    }

    [Fact]
    public async Task Start_RefusedToken_FailsWithOneSentenceNamingTheKeyAndNotTheToken()
    {
        var settings = TelegramTestBot.Settings(_temp.Combine("data"), _fake);
        settings["Airspace:Telegram:Token"] = "123456:REVOKED-secret_value";

        var error = await Assert.ThrowsAsync<PlatformStartupException>(() => TelegramTestBot.StartAsync(settings));

        Assert.Contains("Airspace:Telegram:Token", error.Message, StringComparison.Ordinal);
        Assert.Contains("401", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("REVOKED-secret_value", error.Message, StringComparison.Ordinal);
        Assert.Single(error.Message.Split(". ", StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public async Task Start_TokenFile_TokenReadFromTheFile()
    {
        var settings = TelegramTestBot.Settings(_temp.Combine("data"), _fake);
        var file = _temp.Combine("token.txt");
        await File.WriteAllTextAsync(file, _fake.Token + "\n");
        settings.Remove("Airspace:Telegram:Token");
        settings["Airspace:Telegram:TokenFile"] = file;

        await using var bot = await TelegramTestBot.StartAsync(settings);

        Assert.Equal(1, _fake.Count("getMe", 200));
    }

    [Theory]
    [InlineData("Airspace:Telegram:Token", "not-a-token", "Airspace:Telegram:Token")]
    [InlineData("Airspace:Telegram:ApiBaseUrl", "https://api.telegram.org/custom/path", "Airspace:Telegram:ApiBaseUrl")]
    [InlineData("Airspace:Telegram:Mode", "Webhook", "Airspace:Telegram:WebhookUrl")]
    [InlineData("Airspace:Telegram:PollTimeout", "00:01:00", "Airspace:Telegram:PollTimeout")]
    [InlineData("Airspace:Telegram:GlobalMessagesPerSecond", "0", "Airspace:Telegram:GlobalMessagesPerSecond")]
    [InlineData("Airspace:Telegram:TokenFile", "/nonexistent/token", "Airspace:Telegram:TokenFile")]
    public async Task Start_InvalidSetting_FailsNamingTheKey(string key, string value, string named)
    {
        var settings = TelegramTestBot.Settings(_temp.Combine("data"), _fake);
        if (key == "Airspace:Telegram:TokenFile")
        {
            settings.Remove("Airspace:Telegram:Token");
        }

        settings[key] = value;
        await using var bot = TelegramTestBot.Create(settings);

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => bot.StartAsync());

        Assert.Contains(named, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(_fake.Token, error.Message, StringComparison.Ordinal);
        Assert.Equal(0, _fake.Count("getMe"));
    }

    [Fact]
    public async Task Start_WebhookWithoutSecret_FailsNamingTheSecret()
    {
        var settings = TelegramTestBot.Settings(_temp.Combine("data"), _fake);
        settings["Airspace:Telegram:Mode"] = "Webhook";
        settings["Airspace:Telegram:WebhookUrl"] = "https://bot.example.com/telegram/webhook";
        settings["Airspace:Http:Urls"] = "http://127.0.0.1:0";
        await using var bot = TelegramTestBot.Create(settings);

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => bot.StartAsync());

        Assert.Contains("Airspace:Telegram:WebhookSecret", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_WebhookWithoutHttpListener_FailsNamingTheListenerKey()
    {
        var settings = TelegramTestBot.Settings(_temp.Combine("data"), _fake);
        settings["Airspace:Telegram:Mode"] = "Webhook";
        settings["Airspace:Telegram:WebhookUrl"] = "https://bot.example.com/telegram/webhook";
        settings["Airspace:Telegram:WebhookSecret"] = "s3cret_value";
        await using var bot = TelegramTestBot.Create(settings);

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => bot.StartAsync());

        Assert.Contains("Airspace:Http:Urls", error.Message, StringComparison.Ordinal);
    }
}
