namespace Airspace.Core.Publishing;

public sealed class DispatcherOptions : IValidatedOptions
{
    /// <summary>Attempts before a transiently failing delivery is marked failed (platform-directed waits do not count).</summary>
    public int MaxAttempts { get; set; } = 12;

    /// <summary>
    /// Channels served in parallel in each dispatch lane (see <see cref="DispatchLane"/>): every platform, and every
    /// Discord webhook, has its own. One channel's deliveries are always sent in order, one at a time.
    /// <see cref="Platforms"/> overrides it per platform.
    /// </summary>
    public int Concurrency { get; set; } = 8;

    /// <summary>Per-platform settings by platform name (<c>telegram</c>, <c>discord</c>, <c>discord-webhook</c>, <c>console</c>).</summary>
    public Dictionary<string, PlatformDispatchOptions> Platforms { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// How long a claim holds when its owner is alive but silent. A process that owns the store releases a dead
    /// owner's claims at start-up at once; the lease is the backstop for owners nobody knows to be dead.
    /// </summary>
    public TimeSpan ClaimLease { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>How often the outbox is polled when nothing signals (deliveries planned by another process).</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromSeconds(5);

    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How long to wait before retrying a delivery whose platform is not configured in this process.</summary>
    public TimeSpan UnconfiguredPlatformDelay { get; set; } = TimeSpan.FromMinutes(10);

    public int BatchSize { get; set; } = 50;

    /// <summary>
    /// At most this many deliveries per channel per batch; the rest of a busy channel's queue is released (in order,
    /// attempts untouched) for the next batch. A slow channel (a Telegram group paced at one post per 3 s) therefore
    /// keeps a batch short, well inside <see cref="ClaimLease"/>, and never holds up other channels' new alerts.
    /// </summary>
    public int MaxPerChannelPerBatch { get; set; } = 10;

    /// <summary>The concurrency of <paramref name="lane"/>: its platform's setting, else <see cref="Concurrency"/>.</summary>
    public int ConcurrencyOf(DispatchLane lane) =>
        Platforms.TryGetValue(lane.Platform, out var platform) && platform.Concurrency is { } concurrency ? concurrency : Concurrency;

    public string? Validate() => ValidatePlatforms() ??
        (MaxAttempts is < 1 or > 1000 ? "Airspace:Dispatcher:MaxAttempts must be between 1 and 1000."
        : Concurrency is < 1 or > 64 ? "Airspace:Dispatcher:Concurrency must be between 1 and 64."
        : ClaimLease < TimeSpan.FromSeconds(5) ? "Airspace:Dispatcher:ClaimLease must be at least 00:00:05."
        : PollInterval < TimeSpan.FromMilliseconds(50) ? "Airspace:Dispatcher:PollInterval must be at least 00:00:00.05."
        : FirstRetryDelay <= TimeSpan.Zero || MaxRetryDelay < FirstRetryDelay ? "Airspace:Dispatcher:FirstRetryDelay must be positive and not above MaxRetryDelay."
        : BatchSize is < 1 or > 1000 ? "Airspace:Dispatcher:BatchSize must be between 1 and 1000."
        : MaxPerChannelPerBatch is < 1 or > 1000 ? "Airspace:Dispatcher:MaxPerChannelPerBatch must be between 1 and 1000."
        : null);

    private string? ValidatePlatforms()
    {
        string[] known = [ChannelAddress.Console, ChannelAddress.Telegram, ChannelAddress.Discord, ChannelAddress.DiscordWebhook];
        foreach (var (name, platform) in Platforms)
        {
            if (!known.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                return $"Airspace:Dispatcher:Platforms:{name} is not a platform; use {string.Join(", ", known)}.";
            }

            if (platform.Concurrency is < 1 or > 64)
            {
                return $"Airspace:Dispatcher:Platforms:{name}:Concurrency must be between 1 and 64.";
            }
        }

        return null;
    }
}
