using Airspace.Host.ConsoleChannel;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Airspace.Host.Tests.Support;

/// <summary>The whole bot, in process, on a temp data directory, with the console channel captured.</summary>
public sealed class TestBot : IAsyncDisposable
{
    private TestBot(IHost host, CaptureWriter console)
    {
        Host = host;
        Console = console;
    }

    public IHost Host { get; }

    public CaptureWriter Console { get; }

    public T Get<T>() where T : notnull => Host.Services.GetRequiredService<T>();

    /// <summary>Fast loops, so tests do not wait on production poll intervals.</summary>
    public static Dictionary<string, string?> Settings(string dataDirectory, string samplesDirectory)
    {
        var settings = TestHosts.FastLoops(dataDirectory);
        settings["Airspace:Seed:SamplesDirectory"] = samplesDirectory;
        settings["Logging:LogLevel:Default"] = "Warning";
        return settings;
    }

    /// <summary>Builds the host (not started).</summary>
    public static TestBot Create(IDictionary<string, string?> settings, Action<IServiceCollection>? configure = null)
    {
        var console = new CaptureWriter();
        var host = TestHosts.Create(settings, services =>
        {
            services.AddSingleton(new ConsoleOutput(console));
            configure?.Invoke(services);
        });
        return new TestBot(host, console);
    }

    public static async Task<TestBot> StartAsync(IDictionary<string, string?> settings, Action<IServiceCollection>? configure = null)
    {
        var bot = Create(settings, configure);
        await bot.Host.StartAsync();
        return bot;
    }

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
