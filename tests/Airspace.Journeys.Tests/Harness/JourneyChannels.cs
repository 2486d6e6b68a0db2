using System.Globalization;
using Airspace.Core.Subscriptions;
using Airspace.Discord.Tests.Fakes;
using Airspace.Host.Composition;
using Airspace.Host.Configuration;
using Airspace.Telegram.Tests.Fake;
using Microsoft.Extensions.DependencyInjection;

namespace Airspace.Journeys.Tests.Harness;

/// <summary>
/// A set of chat channels on both fakes: Telegram chats (private chats, supergroups and channels in turn) and Discord
/// text channels, with what each one received.
/// </summary>
public sealed class JourneyChannels(FakeBotApi telegram, FakeDiscord discord)
{
    private readonly List<long> _telegram = [];
    private readonly List<ulong> _discord = [];

    public IReadOnlyList<long> TelegramChats => _telegram;

    public IReadOnlyList<ulong> DiscordChannels => _discord;

    public IEnumerable<ChannelAddress> Addresses =>
        [.. _telegram.Select(c => ChannelAddress.ForTelegram(c)), .. _discord.Select(ChannelAddress.ForDiscord)];

    /// <summary>Adds <paramref name="count"/> Telegram chats: private, supergroup, channel, private, ….</summary>
    public JourneyChannels AddTelegram(int count, bool groupsAndChannels = true)
    {
        for (var i = 0; i < count; i++)
        {
            var n = _telegram.Count + 1;
            switch (groupsAndChannels ? n % 3 : 1)
            {
                case 1:
                    _telegram.Add(telegram.AddPrivateChat(5_000_000 + n, "User" + n).Id);
                    break;
                case 2:
                    _telegram.Add(telegram.AddGroup(-1_005_000_000 - n).Id);
                    break;
                default:
                    _telegram.Add(telegram.AddChannel(-1_006_000_000 - n, "journeychannel" + n).Id);
                    break;
            }
        }

        return this;
    }

    public JourneyChannels AddDiscord(int count)
    {
        for (var i = 0; i < count; i++)
        {
            _discord.Add(2_300_000_000_000_000_000UL + (ulong)_discord.Count + 1);
        }

        return this;
    }

    /// <summary>How many messages in the Telegram chat carry <paramref name="tag"/>.</summary>
    public int InTelegram(long chat, string tag) => telegram.BotMessages(chat).Count(m => m.Text.Contains(tag, StringComparison.Ordinal));

    /// <summary>How many messages in the Discord channel carry <paramref name="tag"/> (in the content or an embed).</summary>
    public int InDiscord(ulong channel, string tag) =>
        discord.MessagesIn(channel.ToString(CultureInfo.InvariantCulture)).Count(m => m.Body.ToJsonString().Contains(tag, StringComparison.Ordinal));

    public int MessagesInTelegram(long chat) => telegram.BotMessages(chat).Count;

    public int MessagesInDiscord(ulong channel) => discord.MessagesIn(channel.ToString(CultureInfo.InvariantCulture)).Count;

    public bool TelegramHasAll(string tag) => _telegram.All(c => InTelegram(c, tag) > 0);

    public bool DiscordHasAll(string tag) => _discord.All(c => InDiscord(c, tag) > 0);

    public bool AllHave(IEnumerable<string> tags) => tags.All(t => TelegramHasAll(t) && DiscordHasAll(t));

    /// <summary>
    /// Subscribes every channel in bulk through the product's own store (the <c>subscriptions add</c> verb, one
    /// process per channel, is walked by the self-hoster journey; hundreds of processes would only cost time).
    /// <paramref name="settings"/> are the bot's own (e.g. <c>Airspace:Storage:Provider</c> = <c>Postgres</c> and its connection string).
    /// </summary>
    public async Task SubscribeAsync(string dataDirectory, IEnumerable<KeyValuePair<string, string?>>? settings = null)
    {
        var services = new ServiceCollection().AddLogging().AddAirspace(AppConfiguration.Build(dataDirectory, settings));
        await using var provider = services.BuildServiceProvider();
        var store = provider.GetRequiredService<ISubscriptionStore>();
        foreach (var address in Addresses)
        {
            await store.AddAsync(address, [], 0, default);
        }
    }
}
