namespace Airspace.Feeds.Sources;

/// <summary>How sources are fetched and polled (section <c>Airspace:Feeds</c>); the sources themselves are <c>Airspace:Sources</c>.</summary>
public sealed class FeedsOptions : IValidatedOptions
{
    public const string SectionName = "Airspace:Feeds";

    /// <summary>Sent with every request so site owners can tell who is polling them.</summary>
    public string UserAgent { get; set; } = "Airspace/1.0 (self-hosted news bot; feed reader)";

    /// <summary>Interval of sources that do not set one.</summary>
    public TimeSpan DefaultInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Whole-request limit: connect, redirects, headers and body.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Largest feed or API page accepted (after decompression); larger ones are refused unread.</summary>
    public long MaxDocumentBytes { get; set; } = 8 * 1024 * 1024;

    /// <summary>Largest article page fetched for full text.</summary>
    public long MaxPageBytes { get; set; } = 4 * 1024 * 1024;

    public int MaxRedirects { get; set; } = 5;

    /// <summary>Sources polled at the same time.</summary>
    public int MaxConcurrentPolls { get; set; } = 4;

    /// <summary>Requests in flight to one host at a time.</summary>
    public int MaxConcurrencyPerHost { get; set; } = 1;

    /// <summary>Politeness: the least time between two requests to the same host.</summary>
    public TimeSpan PerHostDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Failed polls in a row before a source is marked unhealthy and subscribed channels get a notice.</summary>
    public int FailureThreshold { get; set; } = 3;

    /// <summary>Cap of the exponential backoff after failures (the interval doubles per failure).</summary>
    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromHours(6);

    /// <summary>Cap on a server's Retry-After, so a hostile value cannot park a source for years.</summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromDays(1);

    /// <summary>Fetch the article page when an item carries only an excerpt.</summary>
    public bool FullText { get; set; } = true;

    /// <summary>An item whose text is shorter than this many characters counts as an excerpt.</summary>
    public int FullTextMinLength { get; set; } = 600;

    /// <summary>Pages fetched for full text per poll at most; the rest keep their excerpt.</summary>
    public int MaxFullTextFetchesPerPoll { get; set; } = 20;

    /// <summary>Posts per WordPress API page (the API allows up to 100).</summary>
    public int WordPressPageSize { get; set; } = 20;

    /// <summary>When every post on a WordPress page is new, this many further pages are read so a burst is not missed.</summary>
    public int MaxCatchUpPages { get; set; } = 5;

    /// <summary>
    /// An item new to a source but dated more than this before the source's first poll is an old item coming back
    /// into the feed's window (a newer one was deleted, the feed was reordered): it is archived without alerting.
    /// Items dated later alert even when they show up late (feed caches, scheduled posts).
    /// </summary>
    public TimeSpan ReentryGrace { get; set; } = TimeSpan.FromDays(1);

    /// <summary>Tell subscribed channels (once per failure episode) when a source becomes unhealthy.</summary>
    public bool NotifyChannels { get; set; } = true;

    /// <summary>The longest the poll loop sleeps before looking for due sources (new stored sources are found then).</summary>
    public TimeSpan SchedulerTick { get; set; } = TimeSpan.FromSeconds(15);

    public string? Validate() =>
        string.IsNullOrWhiteSpace(UserAgent) || UserAgent.Any(char.IsControl) ? "Airspace:Feeds:UserAgent must be a non-empty single line."
        : DefaultInterval < SourceOptions.MinInterval || DefaultInterval > SourceOptions.MaxInterval ? "Airspace:Feeds:DefaultInterval must be between 00:00:01 and 1.00:00:00."
        : Timeout < TimeSpan.FromSeconds(1) || Timeout > TimeSpan.FromMinutes(10) ? "Airspace:Feeds:Timeout must be between 00:00:01 and 00:10:00."
        : MaxDocumentBytes is < 1024 or > 512L * 1024 * 1024 ? "Airspace:Feeds:MaxDocumentBytes must be between 1024 and 536870912."
        : MaxPageBytes is < 1024 or > 512L * 1024 * 1024 ? "Airspace:Feeds:MaxPageBytes must be between 1024 and 536870912."
        : MaxRedirects is < 0 or > 20 ? "Airspace:Feeds:MaxRedirects must be between 0 and 20."
        : MaxConcurrentPolls is < 1 or > 64 ? "Airspace:Feeds:MaxConcurrentPolls must be between 1 and 64."
        : MaxConcurrencyPerHost is < 1 or > 16 ? "Airspace:Feeds:MaxConcurrencyPerHost must be between 1 and 16."
        : PerHostDelay < TimeSpan.Zero || PerHostDelay > TimeSpan.FromMinutes(5) ? "Airspace:Feeds:PerHostDelay must be between 00:00:00 and 00:05:00."
        : FailureThreshold is < 1 or > 1000 ? "Airspace:Feeds:FailureThreshold must be between 1 and 1000."
        : MaxBackoff < TimeSpan.FromSeconds(1) ? "Airspace:Feeds:MaxBackoff must be at least 00:00:01."
        : MaxRetryAfter < TimeSpan.FromSeconds(1) ? "Airspace:Feeds:MaxRetryAfter must be at least 00:00:01."
        : FullTextMinLength is < 0 or > 100_000 ? "Airspace:Feeds:FullTextMinLength must be between 0 and 100000."
        : MaxFullTextFetchesPerPoll is < 0 or > 1000 ? "Airspace:Feeds:MaxFullTextFetchesPerPoll must be between 0 and 1000."
        : WordPressPageSize is < 1 or > 100 ? "Airspace:Feeds:WordPressPageSize must be between 1 and 100."
        : MaxCatchUpPages is < 0 or > 100 ? "Airspace:Feeds:MaxCatchUpPages must be between 0 and 100."
        : ReentryGrace < TimeSpan.Zero ? "Airspace:Feeds:ReentryGrace must not be negative."
        : SchedulerTick < TimeSpan.FromMilliseconds(50) || SchedulerTick > TimeSpan.FromMinutes(10) ? "Airspace:Feeds:SchedulerTick must be between 00:00:00.05 and 00:10:00."
        : null;
}
