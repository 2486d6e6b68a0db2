namespace Airspace.Journeys.Tests.Harness;

/// <summary>
/// What the replica journey left, read from the fakes: per (channel, article) message counts, the kills (when, which
/// replica, the roles it held), and on the scenario's clock (from the first article's drop) when the last pair arrived.
/// </summary>
public sealed record ReplicaOutcome(
    IReadOnlyDictionary<(long Chat, string Tag), int> Telegram,
    IReadOnlyDictionary<(ulong Channel, string Tag), int> Discord,
    IReadOnlyList<string> KillLog,
    TimeSpan? LastKill,
    TimeSpan? AllDelivered,
    int PendingAtLastKill,
    TimeSpan? TelegramDone,
    TimeSpan? DiscordDone,
    int Telegram429s,
    int Discord429s,
    string Output)
{
    public int Kills => KillLog.Count;

    public int Missing => Telegram.Count(p => p.Value == 0) + Discord.Count(p => p.Value == 0);

    public int DiscordDuplicates => Discord.Sum(p => Math.Max(0, p.Value - 1));

    public int TelegramDuplicates => Telegram.Sum(p => Math.Max(0, p.Value - 1));

    /// <summary>The most duplicates any one Telegram chat got.</summary>
    public int TelegramDuplicatesInOneChat =>
        Telegram.GroupBy(p => p.Key.Chat).Select(g => g.Sum(p => Math.Max(0, p.Value - 1))).DefaultIfEmpty(0).Max();

    /// <summary>From the last kill until every pair had arrived (null when not every pair arrived).</summary>
    public TimeSpan? AfterLastKill => Since(AllDelivered);

    public TimeSpan? TelegramAfterLastKill => Since(TelegramDone);

    public TimeSpan? DiscordAfterLastKill => Since(DiscordDone);

    public string Summary =>
        $"{Telegram.Count + Discord.Count} pairs, {Missing} missing; duplicates: Discord {DiscordDuplicates}, Telegram {TelegramDuplicates} " +
        $"(most in one chat {TelegramDuplicatesInOneChat}) over {Kills} kills; all delivered {Seconds(AllDelivered)} after the first drop, " +
        $"{Seconds(AfterLastKill)} after the last kill (Telegram {Seconds(TelegramAfterLastKill)}, Discord {Seconds(DiscordAfterLastKill)}; {PendingAtLastKill} pairs pending at it); 429s Telegram {Telegram429s}, Discord {Discord429s}\n" + string.Join("\n", KillLog);

    public string Describe() =>
        Summary + "\n" + string.Join(", ", Telegram.Where(p => p.Value != 1).Select(p => $"tg {p.Key.Chat}/{p.Key.Tag}={p.Value}"))
        + "\n" + string.Join(", ", Discord.Where(p => p.Value != 1).Select(p => $"dc {p.Key.Channel}/{p.Key.Tag}={p.Value}"))
        + "\n" + Output;

    private TimeSpan? Since(TimeSpan? done) => done is { } d && LastKill is { } kill ? d - kill : null;

    private static string Seconds(TimeSpan? t) => t is { } v ? $"{v.TotalSeconds:F1} s" : "never";
}
