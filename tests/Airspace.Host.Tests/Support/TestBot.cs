using Airspace.Host.Composition;
using Airspace.Host.ConsoleChannel;
using Airspace.Host.Configuration;
using Airspace.Host.Workers;
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
    public static Dictionary<string, string?> Settings(string dataDirectory, string samplesDirectory) => new()
    {
        ["Airspace:DataDirectory"] = dataDirectory,
        ["Airspace:Seed:SamplesDirectory"] = samplesDirectory,
        ["Airspace:Publisher:PollInterval"] = "00:00:00.1",
        ["Airspace:Dispatcher:PollInterval"] = "00:00:00.1",
        ["Airspace:Search:Indexer:PollInterval"] = "00:00:00.1",
        ["Airspace:Inbox:RescanInterval"] = "00:00:00.3",
        ["Airspace:Inbox:SettleTime"] = "00:00:00.05",
        ["Logging:LogLevel:Default"] = "Warning",
    };

    /// <summary>Builds the host (not started).</summary>
    public static TestBot Create(IDictionary<string, string?> settings, Action<IServiceCollection>? configure = null)
    {
        var console = new CaptureWriter();
        var configuration = AppConfiguration.Build(null, settings);
        var host = AirspaceHostFactory.Create(configuration, services =>
        {
            services.AddSingleton(new ConsoleOutput(console));
            var reader = services.FirstOrDefault(d => d.ImplementationType == typeof(ConsoleCommandWorker));
            if (reader is not null)
            {
                services.Remove(reader);
            }

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
