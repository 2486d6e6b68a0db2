using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;

namespace Airspace.Discord.Transport.Rest;

/// <summary>The X-RateLimit-* headers of one response (and, on 429, the body's retry_after and global flag).</summary>
internal sealed record RateLimitHeaders
{
    public int? Limit { get; init; }
    public int? Remaining { get; init; }
    /// <summary>Preferred over X-RateLimit-Reset: relative, so clock skew does not matter.</summary>
    public TimeSpan? ResetAfter { get; init; }
    public string? Bucket { get; init; }
    public bool Global { get; init; }
    /// <summary>On 429: user, global or shared (shared 429s do not count as invalid requests).</summary>
    public string? Scope { get; init; }
    public TimeSpan? RetryAfter { get; init; }

    public static RateLimitHeaders From(HttpResponseHeaders headers, JsonElement? body)
    {
        var retryAfter = body is { ValueKind: JsonValueKind.Object } b && b.TryGetProperty("retry_after", out var r) && r.TryGetDouble(out var seconds)
            ? Sane(seconds) ?? Seconds(headers, "Retry-After")
            : Seconds(headers, "Retry-After");
        var globalInBody = body is { ValueKind: JsonValueKind.Object } g && g.TryGetProperty("global", out var flag) && flag.ValueKind == JsonValueKind.True;
        return new RateLimitHeaders
        {
            Limit = Int(headers, "X-RateLimit-Limit"),
            Remaining = Int(headers, "X-RateLimit-Remaining"),
            ResetAfter = Seconds(headers, "X-RateLimit-Reset-After"),
            Bucket = Value(headers, "X-RateLimit-Bucket"),
            Global = globalInBody || string.Equals(Value(headers, "X-RateLimit-Global"), "true", StringComparison.OrdinalIgnoreCase),
            Scope = Value(headers, "X-RateLimit-Scope"),
            RetryAfter = retryAfter,
        };
    }

    private static string? Value(HttpResponseHeaders headers, string name) =>
        headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;

    private static int? Int(HttpResponseHeaders headers, string name) =>
        int.TryParse(Value(headers, name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;

    private static TimeSpan? Seconds(HttpResponseHeaders headers, string name) =>
        double.TryParse(Value(headers, name), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? Sane(value) : null;

    /// <summary>
    /// A wait we can act on: finite, not negative, at most a day. Anything else (Infinity, 1e300 from a broken proxy)
    /// is ignored rather than allowed to overflow a TimeSpan and wedge the bucket.
    /// </summary>
    private static TimeSpan? Sane(double seconds) =>
        double.IsFinite(seconds) && seconds is >= 0 and <= MaxSeconds ? TimeSpan.FromSeconds(seconds) : null;

    private const double MaxSeconds = 86_400;
}
