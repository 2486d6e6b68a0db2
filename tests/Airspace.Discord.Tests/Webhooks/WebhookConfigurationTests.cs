using Airspace.Core.Publishing;
using Airspace.Discord.Startup;
using Airspace.Discord.Tests.Fakes;
using Airspace.Discord.Tests.Support;
using Airspace.Discord.Sending;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Airspace.Discord.Tests.Webhooks;

public sealed class WebhookConfigurationTests
{
    private const string Secret = "S3cret-T0ken_abc";

    [Theory]
    [InlineData("https://discord.com/api/webhooks/123456789012345678/" + Secret)]
    [InlineData("https://discord.com/api/v10/webhooks/123456789012345678/" + Secret)]
    [InlineData("https://ptb.discord.com/api/webhooks/123456789012345678/" + Secret + "/")]
    [InlineData("http://127.0.0.1:5123/api/webhooks/123456789012345678/" + Secret)]
    [InlineData("http://[::1]:5123/api/webhooks/123456789012345678/" + Secret)]
    public void Validate_WebhookUrl_Accepted(string url)
    {
        var options = new DiscordOptions { Webhooks = { ["Newsroom"] = url } };

        Assert.Null(options.Validate());
    }

    [Theory]
    [InlineData("", "is empty")]
    [InlineData("discord.com/api/webhooks/123456789012345678/" + Secret, "must be a Discord webhook URL")]
    [InlineData("https://discord.com/api/webhooks/123456789012345678", "must be a Discord webhook URL")]
    [InlineData("https://discord.com/api/webhooks/not-an-id/" + Secret, "must be a Discord webhook URL")]
    [InlineData("https://discord.com/api/v9/webhooks/123456789012345678/" + Secret, "must be a Discord webhook URL")]
    [InlineData("https://discord.com/api/webhooks/123456789012345678/" + Secret + "?thread_id=5", "must be a Discord webhook URL")]
    [InlineData("ftp://discord.com/api/webhooks/123456789012345678/" + Secret, "must be a Discord webhook URL")]
    [InlineData("http://discord.com/api/webhooks/123456789012345678/" + Secret, "must be an https URL")]
    public void Validate_BadWebhookUrl_OneSentenceNamingTheKeyWithoutTheUrl(string url, string expected)
    {
        var options = new DiscordOptions { Webhooks = { ["newsroom"] = url } };

        var error = options.Validate();

        Assert.NotNull(error);
        Assert.StartsWith("Airspace:Discord:Webhooks:newsroom ", error, StringComparison.Ordinal);
        Assert.Contains(expected, error, StringComparison.Ordinal);
        Assert.EndsWith(".", error, StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_BadWebhookName_NamesTheKey()
    {
        var options = new DiscordOptions { Webhooks = { ["news.room"] = "https://discord.com/api/webhooks/1/" + Secret } };

        Assert.StartsWith("Airspace:Discord:Webhooks:news.room has a bad name", options.Validate(), StringComparison.Ordinal);
    }

    [Fact]
    public void TryParse_Webhook_NeverPrintsTheToken()
    {
        Assert.True(DiscordWebhook.TryParse("NewsRoom", "https://discord.com/api/webhooks/123456789012345678/" + Secret, out var webhook, out _));

        Assert.Equal("discord-webhook:newsroom", webhook.ToString());
        Assert.Equal("https://discord.com/api/v10", webhook.BaseUrl);
        Assert.Equal(("123456789012345678", Secret), (webhook.Id, webhook.Token));
    }

    [Fact]
    public void AddAirspaceDiscord_WebhookWithoutToken_RegistersOnlyTheWebhookSender()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Airspace:Discord:Webhooks:newsroom"] = "https://discord.com/api/webhooks/123456789012345678/" + Secret,
        }).Build();
        var services = new ServiceCollection().AddLogging();

        services.AddAirspaceDiscord(configuration);

        using var provider = services.BuildServiceProvider();
        Assert.Equal(["discord-webhook"], provider.GetServices<IChatSender>().Select(s => s.Platform));
        Assert.Empty(provider.GetServices<IHostedService>());
        Assert.Null(provider.GetService<DiscordBootstrap>());
    }

    [Fact]
    public async Task HostStart_BadWebhookUrl_StopsWithOneSentenceWithoutTheUrl()
    {
        await using var fake = await FakeDiscord.StartAsync();
        using var temp = new TempDirectory();
        var settings = TestHost.Settings(fake, temp);
        settings["Airspace:Discord:Token"] = null;
        settings["Airspace:Discord:Webhooks:newsroom"] = "http://discord.example/api/webhooks/123456789012345678/" + Secret;

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => TestHost.StartAsync(settings, temp));

        Assert.Contains("Airspace:Discord:Webhooks:newsroom must be an https URL", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, error.Message, StringComparison.Ordinal);
    }
}
