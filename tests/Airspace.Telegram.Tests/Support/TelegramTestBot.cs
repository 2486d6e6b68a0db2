using Airspace.Host.ConsoleChannel;
using Airspace.Telegram.Tests.Fake;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Airspace.Telegram.Tests.Support;

/// <summary>The whole bot, in process, on a temp data directory, talking to a <see cref="FakeBotApi"/>.</summary>
public sealed class TelegramTestBot : IAsyncDisposable
{
    private bool _started;

    private TelegramTestBot(IHost host, LogCapture logs)
    {
        Host = host;
        Logs = logs;
    }

    public IHost Host { get; }

    public LogCapture Logs { get; }

    public T Get<T>() where T : notnull => Host.Services.GetRequiredService<T>();

    /// <summary>Fast loops and pacing scaled to <see cref="FakeLimits.Scaled"/>, so tests do not wait on production intervals.</summary>
    public static Dictionary<string, string?> Settings(string dataDirectory, FakeBotApi fake) => new(TestHosts.FastLoops(dataDirectory))
    {
        ["Airspace:Seed:Enabled"] = "false",
        ["Logging:LogLevel:Default"] = "Warning",
        ["Logging:LogLevel:Airspace.Telegram"] = "Debug",
        ["Airspace:Telegram:Token"] = fake.Token,
        ["Airspace:Telegram:ApiBaseUrl"] = fake.BaseUrl,
        ["Airspace:Telegram:RequestTimeout"] = "00:00:10",
        ["Airspace:Telegram:PollTimeout"] = "00:00:01",
        ["Airspace:Telegram:PollErrorDelay"] = "00:00:00.2",
        ["Airspace:Telegram:PrivateChatInterval"] = "00:00:00.05",
        ["Airspace:Telegram:GroupChatInterval"] = "00:00:00.15",
        ["Airspace:Telegram:RetryAfterMargin"] = "00:00:00",
        ["Airspace:Telegram:ChatGoneRetryDelay"] = "00:00:00.1",
    };

    /// <summary>Builds the host (not started).</summary>
    public static TelegramTestBot Create(IDictionary<string, string?> settings, Action<IServiceCollection>? configure = null)
    {
        var logs = new LogCapture();
        var host = TestHosts.Create(settings, services =>
        {
            services.AddSingleton(new ConsoleOutput(TextWriter.Null));
            services.AddSingleton<ILoggerProvider>(logs);
            configure?.Invoke(services);
        });
        return new TelegramTestBot(host, logs);
    }

    public static async Task<TelegramTestBot> StartAsync(IDictionary<string, string?> settings, Action<IServiceCollection>? configure = null)
    {
        var bot = Create(settings, configure);
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

    /// <summary>Starts the host; only a started host is stopped on dispose (stopping one that failed to start throws).</summary>
    public async Task StartAsync()
    {
        await Host.StartAsync();
        _started = true;
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (_started)
            {
                await Host.StopAsync();
            }
        }
        finally
        {
            Host.Dispose();
        }
    }
}
