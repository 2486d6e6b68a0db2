using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Airspace.Discord.Tests.Fakes;
using Airspace.Telegram.Tests.Fake;

namespace Airspace.Journeys.Tests.Harness;

/// <summary>
/// What the fakes received, read from them as they receive it: per (channel, article tag) how many messages carry the
/// tag, and when (on the scenario's clock, to the poll's resolution) the last pair arrived for the first time. Each
/// channel's messages are read once (the fakes only append), so watching costs the bot little CPU.
/// </summary>
public sealed class DeliveryLedger
{
    private readonly FakeBotApi _telegram;
    private readonly FakeDiscord _discord;
    private readonly JourneyChannels _channels;
    private readonly Regex _tag;
    private readonly Stopwatch _clock;
    private readonly Dictionary<long, int> _telegramRead = [];
    private readonly Dictionary<ulong, int> _discordRead = [];
    private readonly Dictionary<(long Chat, string Tag), int> _telegramCounts = [];
    private readonly Dictionary<(ulong Channel, string Tag), int> _discordCounts = [];
    private readonly Lock _gate = new();

    public DeliveryLedger(JourneyFakes fakes, string series, IReadOnlyList<string> tags, Stopwatch clock)
    {
        _telegram = fakes.Telegram;
        _discord = fakes.Discord;
        _channels = fakes.Channels;
        _tag = new Regex(Regex.Escape(series) + @"\d{4}X", RegexOptions.CultureInvariant);
        _clock = clock;
        Tags = tags;
        Pairs = (_channels.TelegramChats.Count + _channels.DiscordChannels.Count) * tags.Count;
    }

    public IReadOnlyList<string> Tags { get; }

    /// <summary>How many (channel, article) pairs there are to deliver.</summary>
    public int Pairs { get; }

    /// <summary>Pairs that have arrived at least once.</summary>
    public int Arrived => TelegramArrived + DiscordArrived;

    public int TelegramArrived { get; private set; }

    public int DiscordArrived { get; private set; }

    /// <summary>When the last Telegram pair arrived for the first time (null until every one has).</summary>
    public TimeSpan? TelegramDone { get; private set; }

    /// <summary>When the last Discord pair arrived for the first time (null until every one has).</summary>
    public TimeSpan? DiscordDone { get; private set; }

    public bool Complete => Arrived == Pairs;

    /// <summary>When the most recent pair arrived for the first time (the last one, once <see cref="Complete"/>).</summary>
    public TimeSpan? LastArrival { get; private set; }

    private TimeSpan? LastTelegram { get; set; }

    private TimeSpan? LastDiscord { get; set; }

    /// <summary>When any message carrying an article (a duplicate too) was last seen.</summary>
    public TimeSpan? LastMessage { get; private set; }

    /// <summary>True when at least one channel has a message carrying <paramref name="tag"/>.</summary>
    public bool Seen(string tag)
    {
        lock (_gate)
        {
            return _telegramCounts.Keys.Any(k => k.Tag == tag) || _discordCounts.Keys.Any(k => k.Tag == tag);
        }
    }

    /// <summary>Reads what arrived since the last call.</summary>
    public void Poll()
    {
        var now = _clock.Elapsed;
        lock (_gate)
        {
            foreach (var chat in _channels.TelegramChats)
            {
                var messages = _telegram.BotMessages(chat);
                var from = _telegramRead.GetValueOrDefault(chat);
                for (var i = from; i < messages.Count; i++)
                {
                    TelegramArrived += Count(_telegramCounts, chat, messages[i].Text, now);
                }

                _telegramRead[chat] = messages.Count;
            }

            foreach (var channel in _channels.DiscordChannels)
            {
                var messages = _discord.MessagesIn(channel.ToString(CultureInfo.InvariantCulture));
                var from = _discordRead.GetValueOrDefault(channel);
                for (var i = from; i < messages.Count; i++)
                {
                    DiscordArrived += Count(_discordCounts, channel, messages[i].Body.ToJsonString(), now);
                }

                _discordRead[channel] = messages.Count;
            }

            TelegramDone ??= TelegramArrived == _channels.TelegramChats.Count * Tags.Count ? LastTelegram : null;
            DiscordDone ??= DiscordArrived == _channels.DiscordChannels.Count * Tags.Count ? LastDiscord : null;
        }
    }

    /// <summary>Polls every <paramref name="interval"/> until cancelled.</summary>
    public async Task WatchAsync(TimeSpan interval, CancellationToken ct)
    {
        while (!ct.IsCancellationRequested)
        {
            Poll();
            try
            {
                await Task.Delay(interval, ct);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>Every (chat, article) pair on Telegram with its message count (0 when it never arrived).</summary>
    public IReadOnlyDictionary<(long Chat, string Tag), int> Telegram()
    {
        lock (_gate)
        {
            return _channels.TelegramChats.SelectMany(c => Tags.Select(t => (c, t))).ToDictionary(p => p, p => _telegramCounts.GetValueOrDefault(p));
        }
    }

    /// <summary>Every (channel, article) pair on Discord with its message count (0 when it never arrived).</summary>
    public IReadOnlyDictionary<(ulong Channel, string Tag), int> Discord()
    {
        lock (_gate)
        {
            return _channels.DiscordChannels.SelectMany(c => Tags.Select(t => (c, t))).ToDictionary(p => p, p => _discordCounts.GetValueOrDefault(p));
        }
    }

    /// <summary>Counts the tags in one message; returns how many pairs arrived for the first time with it.</summary>
    private int Count<TChannel>(Dictionary<(TChannel, string), int> counts, TChannel channel, string text, TimeSpan now)
        where TChannel : notnull
    {
        var arrived = 0;
        foreach (var tag in _tag.Matches(text).Select(m => m.Value).Distinct())
        {
            var key = (channel, tag);
            var before = counts.GetValueOrDefault(key);
            counts[key] = before + 1;
            LastMessage = now;
            if (before == 0 && Tags.Contains(tag))
            {
                arrived++;
                LastArrival = now;
                if (channel is long)
                {
                    LastTelegram = now;
                }
                else
                {
                    LastDiscord = now;
                }
            }
        }

        return arrived;
    }
}
