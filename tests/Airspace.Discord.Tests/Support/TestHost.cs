using Airspace.Discord.Tests.Fakes;
using Airspace.Host.ConsoleChannel;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Airspace.Discord.Tests.Support;

/// <summary>The whole bot, in process (the host's own factory), on a temp data directory, pointed at a <see cref="FakeDiscord"/>.</summary>
public sealed class TestHost : IAsyncDisposable
{
    private TestHost(IHost host, TempDirectory temp, LogCapture logs)
    {
        Host = host;
        Temp = temp;
        Logs = logs;
    }

    public IHost Host { get; }

    public TempDirectory Temp { get; }

    public LogCapture Logs { get; }

    public string DataDirectory => Temp.Combine("data");

    public T Get<T>() where T : notnull => Host.Services.GetRequiredService<T>();

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

    public static async Task<TestHost> StartAsync(IDictionary<string, string?> settings, TempDirectory temp, Action<IServiceCollection>? configure = null)
    {
        var logs = new LogCapture();
        var host = TestHosts.Create(settings, services =>
        {
            services.AddSingleton(new ConsoleOutput(TextWriter.Null));
            services.AddSingleton<ILoggerProvider>(logs);
            configure?.Invoke(services);
        });
        var test = new TestHost(host, temp, logs);
        await host.StartAsync();
        return test;
    }

    /// <summary>The port Kestrel picked when <c>Airspace:Http:Urls</c> asked for port 0.</summary>
    public int HttpPort => LoopbackKestrel.BoundAddress(Host.Services).Port;

    public async ValueTask DisposeAsync()
    {
        try
        {
            await Host.StopAsync();
        }
        finally
        {
            Host.Dispose();
        }
    }
}
