using Airspace.Discord.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;

namespace Airspace.Discord.Tests.Support;

/// <summary>The whole bot, in process (the host's own factory), on a temp data directory, pointed at a <see cref="FakeDiscord"/>.</summary>
public sealed class TestHost : InProcessBot
{
    private TestHost(IDictionary<string, string?> settings, TempDirectory temp, Action<IServiceCollection>? configure)
        : base(settings, TextWriter.Null, configure)
    {
        Temp = temp;
    }

    public TempDirectory Temp { get; }

    public string DataDirectory => Temp.Combine("data");

    /// <summary>Fast loops and the adapter pointed at <paramref name="fake"/>; no seed articles.</summary>
    public static Dictionary<string, string?> Settings(FakeDiscord fake, TempDirectory temp)
    {
        var settings = fake.Settings();
        foreach (var (key, value) in TestHosts.FastLoops(temp.Combine("data")))
        {
            settings[key] = value;
        }

        settings["Airspace:Seed:Enabled"] = "false";
        settings["Logging:LogLevel:Default"] = "Debug";
        settings["Logging:LogLevel:Microsoft"] = "Warning";
        settings["Logging:Console:LogLevel:Default"] = "None";
        return settings;
    }

    /// <summary><see cref="Settings"/> in Http interactions mode, listening on a port Kestrel picks, trusting <paramref name="keys"/>.</summary>
    public static Dictionary<string, string?> HttpModeSettings(FakeDiscord fake, TempDirectory temp, Ed25519TestKeys keys)
    {
        var settings = Settings(fake, temp);
        settings["Airspace:Http:Urls"] = "http://127.0.0.1:0";
        settings["Airspace:Discord:Mode"] = "Http";
        settings["Airspace:Discord:PublicKey"] = keys.PublicKeyHex;
        return settings;
    }

    public static Task<TestHost> StartAsync(IDictionary<string, string?> settings, TempDirectory temp, Action<IServiceCollection>? configure = null) =>
        StartAsync(new TestHost(settings, temp, configure));

    /// <summary>The port Kestrel picked when <c>Airspace:Http:Urls</c> asked for port 0.</summary>
    public int HttpPort => HttpAddress.Port;
}
