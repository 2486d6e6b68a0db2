namespace Airspace.Discord.Transport.Rest;

/// <summary>A REST call: route, JSON body, and how it is authenticated and limited.</summary>
internal sealed record RestRequest(RestRoute Route, object? Body = null)
{
    /// <summary>Interaction callbacks and webhook calls carry their token in the path and need no Authorization.</summary>
    public bool Authenticated { get; init; } = true;

    /// <summary>Interaction endpoints are exempt from the global 50/s limit.</summary>
    public bool CountsTowardGlobal { get; init; } = true;

    /// <summary>Longest rate-limit wait inside the call; null uses <see cref="DiscordOptions.MaxRateLimitWait"/>.</summary>
    public TimeSpan? MaxRateLimitWait { get; init; }

    public string? Query { get; init; }

    /// <summary>Replaces <see cref="DiscordOptions.ApiBaseUrl"/>: a channel webhook's URL names its own host.</summary>
    public string? BaseUrl { get; init; }

    /// <summary>
    /// False for channel webhooks: they need neither the bot token nor the gateway, so they keep working after a
    /// rejected token or a fatal gateway close halted the rest of the adapter.
    /// </summary>
    public bool StopsWhenHalted { get; init; } = true;

    /// <summary>
    /// Whether a 401 halts the adapter with its log line. The start-up token check says it itself, in the one
    /// sentence <c>airspace run</c> exits with, so it asks for the answer only.
    /// </summary>
    public bool HaltsOnUnauthorized { get; init; } = true;

    /// <summary>Retry 5xx and network failures inside the call (safe: message posts carry an enforced nonce).</summary>
    public bool RetryServerErrors { get; init; } = true;

    public static RestRequest Interaction(RestRoute route, object? body) =>
        new(route, body) { Authenticated = false, CountsTowardGlobal = false };
}
