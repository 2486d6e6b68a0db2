using Airspace.Discord.Tests.Fakes;
using Airspace.Telegram.Tests.Fake;
using DiscordHost = Airspace.Discord.Tests.Support.TestHost;
using TelegramBot = Airspace.Telegram.Tests.Support.TelegramTestBot;

namespace Airspace.EndToEnd.Tests;

/// <summary>The whole bot's settings for both fakes at once: Discord's test settings plus Telegram's platform keys.</summary>
public static class BothPlatformsSettings
{
    public static Dictionary<string, string?> For(FakeDiscord discord, FakeBotApi telegram, TempDirectory temp)
    {
        var settings = DiscordHost.Settings(discord, temp);
        foreach (var (key, value) in TelegramBot.Settings(temp.Combine("data"), telegram).Where(s => s.Key.StartsWith("Airspace:Telegram:", StringComparison.Ordinal)))
        {
            settings[key] = value;
        }

        settings["Airspace:Discord:MaxRateLimitWait"] = "00:00:00.1";
        return settings;
    }
}
