using Airspace.Host.ConsoleChannel;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Airspace.Testing.Host;

/// <summary>
/// The whole bot in process, built by the host's own factory (<see cref="TestHosts.Create"/>), with every log line in
/// <see cref="Logs"/> and the console channel writing to the given writer. Each test project derives its own bot
/// (its settings, its fakes); disposing stops the host if it started, then disposes it.
/// </summary>
public abstract class InProcessBot : IAsyncDisposable
{
    protected InProcessBot(IDictionary<string, string?> settings, TextWriter console, Action<IServiceCollection>? configure)
    {
        var logs = new LogCapture();
        Logs = logs;
        Host = TestHosts.Create(settings, services =>
        {
            services.AddSingleton(new ConsoleOutput(console));
            services.AddSingleton<ILoggerProvider>(logs);
            configure?.Invoke(services);
        });
    }

    public IHost Host { get; }

    public LogCapture Logs { get; }

    /// <summary>Where the bot's own HTTP endpoint listens (when <c>Airspace:Http:Urls</c> asked for port 0, the port Kestrel picked).</summary>
    public Uri HttpAddress => LoopbackKestrel.BoundAddress(Host.Services);

    public T Get<T>()
        where T : notnull => Host.Services.GetRequiredService<T>();

    public Task StartAsync() => Host.StartAsync();

    /// <summary>Only a host that started is stopped (stopping one whose start failed throws); it is disposed either way.</summary>
    public async ValueTask DisposeAsync()
    {
        try
        {
            if (Host.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStarted.IsCancellationRequested)
            {
                await Host.StopAsync();
            }
        }
        finally
        {
            Host.Dispose();
        }
    }

    /// <summary>Starts <paramref name="bot"/>; if the start fails, disposes it and rethrows.</summary>
    protected static async Task<TBot> StartAsync<TBot>(TBot bot)
        where TBot : InProcessBot
    {
        try
        {
            await bot.StartAsync();
        }
        catch
        {
            await bot.DisposeAsync();
            throw;
        }

        return bot;
    }
}
