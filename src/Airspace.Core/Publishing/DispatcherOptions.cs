namespace Airspace.Core.Publishing;

public sealed class DispatcherOptions
{
    /// <summary>Attempts before a transiently failing delivery is marked failed (platform-directed waits do not count).</summary>
    public int MaxAttempts { get; set; } = 12;

    /// <summary>Channels served in parallel; one channel's deliveries are always sent in order, one at a time.</summary>
    public int Concurrency { get; set; } = 4;

    /// <summary>How long a claimed delivery is reserved; after a crash it becomes due again when this expires.</summary>
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

    public string? Validate() =>
        MaxAttempts is < 1 or > 1000 ? "Airspace:Dispatcher:MaxAttempts must be between 1 and 1000."
        : Concurrency is < 1 or > 64 ? "Airspace:Dispatcher:Concurrency must be between 1 and 64."
        : ClaimLease < TimeSpan.FromSeconds(5) ? "Airspace:Dispatcher:ClaimLease must be at least 00:00:05."
        : PollInterval < TimeSpan.FromMilliseconds(50) ? "Airspace:Dispatcher:PollInterval must be at least 00:00:00.05."
        : FirstRetryDelay <= TimeSpan.Zero || MaxRetryDelay < FirstRetryDelay ? "Airspace:Dispatcher:FirstRetryDelay must be positive and not above MaxRetryDelay."
        : BatchSize is < 1 or > 1000 ? "Airspace:Dispatcher:BatchSize must be between 1 and 1000."
        : MaxPerChannelPerBatch is < 1 or > 1000 ? "Airspace:Dispatcher:MaxPerChannelPerBatch must be between 1 and 1000."
        : null;
}
