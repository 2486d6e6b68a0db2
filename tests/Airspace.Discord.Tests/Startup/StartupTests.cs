using Airspace.Core;
using Airspace.Core.Publishing;
using Airspace.Discord.Startup;
using Airspace.Discord.Tests.Fakes;
using Airspace.Discord.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Airspace.Discord.Tests.Startup;

public sealed class StartupTests
{
    private const string WrongToken = "MTAwMDAwMDAwMDAwMDAwMDk5" + ".GxYz12." + "someone-elses-token_0123456789";

    [Fact]
    public async Task StartAsync_TokenRejected_ThrowsOneSentenceNamingTheKeyWithoutTheToken()
    {
        await using var harness = await DiscordHarness.StartAsync(s => s["Airspace:Discord:Token"] = WrongToken);

        var error = await Assert.ThrowsAsync<PlatformStartupException>(() => harness.Get<DiscordBootstrap>().StartAsync(default));

        Assert.Contains("Airspace:Discord:Token", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(WrongToken, error.Message, StringComparison.Ordinal);
        Assert.True(harness.Get<DiscordStatus>().IsHalted);
        Assert.DoesNotContain(WrongToken, harness.Logs.All, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Bot MTAw.YWJj.ZGVm")]
    [InlineData("not-a-token")]
    public async Task StartAsync_MalformedToken_ThrowsBeforeAnyRequest(string token)
    {
        await using var harness = await DiscordHarness.StartAsync(s => s["Airspace:Discord:Token"] = token);

        var error = await Assert.ThrowsAsync<PlatformStartupException>(() => harness.Get<DiscordBootstrap>().StartAsync(default));

        Assert.Contains("Airspace:Discord:Token", error.Message, StringComparison.Ordinal);
        Assert.Empty(harness.Fake.Requests);
    }

    [Fact]
    public async Task StartAsync_NoApplicationIdConfigured_LearnsItFromDiscord()
    {
        await using var harness = await DiscordHarness.StartAsync();

        await harness.Get<DiscordBootstrap>().StartAsync(default);

        Assert.Equal(FakeDiscord.ApplicationId, harness.Get<DiscordApplication>().Id);
    }

    [Fact]
    public async Task StartAsync_DiscordUnreachable_StartsAnywayAndSaysSo()
    {
        await using var harness = await DiscordHarness.StartAsync(s => s["Airspace:Discord:ApiBaseUrl"] = "http://127.0.0.1:9/api/v10");

        await harness.Get<DiscordBootstrap>().StartAsync(default);

        Assert.False(harness.Get<DiscordStatus>().IsHalted);
        Assert.Contains("Could not check the Discord token", harness.Logs.All, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HostStart_TokenRejected_FailsWithPlatformStartupException()
    {
        await using var fake = await FakeDiscord.StartAsync();
        using var temp = new TempDirectory();
        var settings = TestHost.Settings(fake, temp);
        settings["Airspace:Discord:Token"] = WrongToken;

        var error = await Assert.ThrowsAsync<PlatformStartupException>(() => TestHost.StartAsync(settings, temp));

        Assert.Contains("401", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AirspaceRun_TokenRejected_ExitsWithCode4AndOneSentenceWithoutTheToken()
    {
        await using var fake = await FakeDiscord.StartAsync();
        using var temp = new TempDirectory();
        var environment = new Dictionary<string, string>
        {
            ["Logging__LogLevel__Default"] = "Information",
            ["Airspace__Seed__Enabled"] = "false",
            ["Airspace__Discord__Token"] = WrongToken,
            ["Airspace__Discord__ApiBaseUrl"] = fake.RestBase,
        };
        using var process = new AirspaceProcess(temp.Path, environment, "run", "--data", temp.Combine("data"));
        var exit = await process.WaitForExitAsync(TimeSpan.FromMinutes(1));

        Assert.Equal(4, exit);
        var errors = process.Stderr;
        Assert.Contains("error: Discord rejected Airspace:Discord:Token", errors, StringComparison.Ordinal);
        Assert.DoesNotContain(WrongToken, errors + process.Stdout, StringComparison.Ordinal);

        // As Telegram: the sentence alone, not "is running" first nor the host's "Hosting failed" trace.
        Assert.DoesNotContain("is running", errors, StringComparison.Ordinal);
        Assert.DoesNotContain("Hosting failed", errors, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", errors, StringComparison.Ordinal);
        Assert.Equal(1, errors.Split('\n').Count(l => l.Contains("Airspace:Discord:Token", StringComparison.Ordinal)));
    }

    [Fact]
    public void AddAirspaceDiscord_NoToken_RegistersNothing()
    {
        var services = new ServiceCollection();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Airspace:Discord:ApiBaseUrl"] = "http://x" }).Build();

        services.AddAirspaceDiscord(configuration);

        Assert.Empty(services);
    }

    [Fact]
    public async Task AddAirspaceDiscord_Token_RegistersTheDiscordSender()
    {
        await using var harness = await DiscordHarness.StartAsync();

        Assert.Contains(harness.Services.GetServices<IChatSender>(), s => s.Platform == "discord");
    }

    [Theory]
    [InlineData("Mode", "Websocket", "Airspace:Discord:Mode")]
    [InlineData("Mode", "Http", "Airspace:Discord:PublicKey")]
    [InlineData("ApiBaseUrl", "discord.com/api", "Airspace:Discord:ApiBaseUrl")]
    [InlineData("GatewayUrl", "https://gateway.discord.gg", "Airspace:Discord:GatewayUrl")]
    [InlineData("CommandGuildId", "my-server", "Airspace:Discord:CommandGuildId")]
    [InlineData("DeferAfter", "00:00:03", "Airspace:Discord:DeferAfter")]
    [InlineData("AlertColor", "blue", "Airspace:Discord:AlertColor")]
    public void Validate_BadValue_OneSentenceNamingTheKey(string key, string value, string named)
    {
        var options = new DiscordOptions { Token = FakeDiscord.Token };
        typeof(DiscordOptions).GetProperty(key)!.SetValue(options, key == "DeferAfter" ? TimeSpan.Parse(value, System.Globalization.CultureInfo.InvariantCulture) : value);

        var error = options.Validate();

        Assert.NotNull(error);
        Assert.StartsWith(named, error, StringComparison.Ordinal);
        Assert.EndsWith(".", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_HttpModeWithoutListener_SaysWhatIsMissing()
    {
        var settings = new Dictionary<string, string?>
        {
            ["Airspace:Discord:Token"] = FakeDiscord.Token,
            ["Airspace:Discord:Mode"] = "Http",
            ["Airspace:Discord:PublicKey"] = new string('a', 64),
        };

        var error = Assert.Throws<OptionsValidationException>(() => ResolveOptions(settings));
        settings["Airspace:Http:Urls"] = "http://127.0.0.1:0";

        Assert.Contains("Airspace:Http:Urls", error.Message, StringComparison.Ordinal);
        Assert.Equal("Http", ResolveOptions(settings).Mode);
    }

    private static DiscordOptions ResolveOptions(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        using var provider = new ServiceCollection().AddLogging().AddAirspaceDiscord(configuration).BuildServiceProvider();
        return provider.GetRequiredService<IOptions<DiscordOptions>>().Value;
    }
}
