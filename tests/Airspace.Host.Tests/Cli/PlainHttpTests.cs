using Airspace.Host.Tests.Support;

namespace Airspace.Host.Tests.Cli;

/// <summary>API base URLs that carry a token: plain http/ws only to this machine, elsewhere only when the section allows it (with a warning).</summary>
public sealed class PlainHttpTests : IDisposable
{
    private const string DiscordToken = "MTAwMDAwMDAwMDAwMDAwMDk5.GxYz12.abcdefghijklmnop";
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    public static TheoryData<string, string, string> PlainToAnotherHost() => new()
    {
        { "telegram", "Airspace__Telegram__ApiBaseUrl=http://bot-api:8081", "Airspace:Telegram:ApiBaseUrl" },
        { "discord", "Airspace__Discord__ApiBaseUrl=http://discord-proxy/api/v10", "Airspace:Discord:ApiBaseUrl" },
        { "discord", "Airspace__Discord__GatewayUrl=ws://gateway.example:8080", "Airspace:Discord:GatewayUrl" },
        { "llm", "Airspace__Llm__Endpoint=http://ollama.lan:11434/v1", "Airspace:Llm:Endpoint" },
    };

    [Theory]
    [MemberData(nameof(PlainToAnotherHost))]
    public async Task Latest_PlainUrlToAnotherHost_RefusedNamingTheKeyAndTheSwitch(string platform, string setting, string key)
    {
        var result = await LatestAsync(platform, setting);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(key + " is plain", result.Stderr, StringComparison.Ordinal);
        Assert.Contains(key[..key.LastIndexOf(':')] + ":AllowInsecureHttp=true", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain(DiscordToken, result.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(PlainToAnotherHost))]
    public async Task Latest_PlainUrlToAnotherHostExplicitlyAllowed_IsAccepted(string platform, string setting, string key)
    {
        var section = key[..key.LastIndexOf(':')].Replace(":", "__", StringComparison.Ordinal);

        var result = await LatestAsync(platform, setting, section + "__AllowInsecureHttp=true");

        Assert.Equal(0, result.ExitCode);
    }

    [Theory]
    [InlineData("telegram", "Airspace__Telegram__ApiBaseUrl=http://127.0.0.1:8081")]
    [InlineData("discord", "Airspace__Discord__GatewayUrl=ws://localhost:8080")]
    [InlineData("llm", "Airspace__Llm__Endpoint=http://[::1]:11434/v1")]
    public async Task Latest_PlainUrlToLoopback_IsAccepted(string platform, string setting)
    {
        var result = await LatestAsync(platform, setting);

        Assert.Equal(0, result.ExitCode);
    }

    [Fact]
    public async Task Run_PlainUrlAllowed_WarnsAtStartUp()
    {
        var environment = new Dictionary<string, string>
        {
            ["Airspace__Telegram__Token"] = "123456:secret-part",
            ["Airspace__Telegram__ApiBaseUrl"] = "http://bot-api.invalid:8081",
            ["Airspace__Telegram__AllowInsecureHttp"] = "true",
            ["Airspace__Seed__Enabled"] = "false",
            ["Logging__LogLevel__Default"] = "Warning",
        };
        using var bot = new AirspaceProcess(_temp.Path, environment, "run", "--data", _temp.Combine("data"));

        Assert.True(await Eventually.WaitUntilAsync(() => bot.Stderr.Contains("in clear", StringComparison.Ordinal), TimeSpan.FromSeconds(60)), bot.Stderr);
        await bot.InterruptAsync();

        Assert.Contains("Airspace:Telegram:ApiBaseUrl sends the token in clear over http:// to bot-api.invalid", bot.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("secret-part", bot.Stderr, StringComparison.Ordinal);
    }

    private Task<CliResult> LatestAsync(string platform, params string[] settings)
    {
        var environment = new List<(string, string)>();
        environment.AddRange(platform switch
        {
            "telegram" => [("Airspace__Telegram__Token", "123456:secret-part")],
            "discord" => [("Airspace__Discord__Token", DiscordToken)],
            _ => [("Airspace__Llm__Enabled", "true"), ("Airspace__Llm__Model", "llama3.1:8b")],
        });
        environment.AddRange(settings.Select(s => (s[..s.IndexOf('=')], s[(s.IndexOf('=') + 1)..])));
        return Support.Cli.RunAsync(_temp.Path, [.. environment], "latest", "--data", _temp.Combine("data"));
    }
}
