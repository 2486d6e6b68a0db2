using Airspace.Telegram.Tests.Fake;
using Microsoft.Extensions.DependencyInjection;

namespace Airspace.Telegram.Tests.Support;

/// <summary>The whole bot, in process, on a temp data directory, talking to a <see cref="FakeBotApi"/>.</summary>
public sealed class TelegramTestBot : InProcessBot
{
    private TelegramTestBot(IDictionary<string, string?> settings, Action<IServiceCollection>? configure)
        : base(settings, TextWriter.Null, configure)
    {
    }

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
    public static TelegramTestBot Create(IDictionary<string, string?> settings, Action<IServiceCollection>? configure = null) =>
        new(settings, configure);

    public static Task<TelegramTestBot> StartAsync(IDictionary<string, string?> settings, Action<IServiceCollection>? configure = null) =>
        StartAsync(Create(settings, configure));
}
