using Airspace.Core.Sources;

namespace Airspace.Feeds.Sources;

/// <summary>One entry of <c>Airspace:Sources</c>.</summary>
public sealed class SourceOptions
{
    public static readonly TimeSpan MinInterval = TimeSpan.FromSeconds(1);
    public static readonly TimeSpan MaxInterval = TimeSpan.FromDays(1);

    public string? Name { get; set; }

    /// <summary><c>Feed</c> (RSS, Atom, JSON Feed) or <c>WordPress</c> (REST API); default WordPress for a <c>/wp-json/</c> URL, else Feed.</summary>
    public string? Kind { get; set; }

    public string? Url { get; set; }

    /// <summary>Time between polls; default <see cref="FeedsOptions.DefaultInterval"/>.</summary>
    public TimeSpan? Interval { get; set; }

    /// <summary>Only items in one of these categories are ingested; empty means all.</summary>
    public List<string> Categories { get; set; } = [];

    /// <summary>The folder it is filed under ("News/Indonesia"); a label only.</summary>
    public string? Folder { get; set; }

    /// <summary>Allow a loopback or private-network URL (the SSRF guard refuses them otherwise).</summary>
    public bool Local { get; set; }

    /// <summary>Null when valid; otherwise one sentence naming the key (<paramref name="key"/> is e.g. "Airspace:Sources:0").</summary>
    public string? Validate(string key) =>
        string.IsNullOrWhiteSpace(Name) || Name.Trim().Length > 100 || Name.Any(char.IsControl) ? $"{key}:Name must be set (a short single-line name)."
        : !TryParseKind(Kind, out _) ? $"{key}:Kind must be Feed or WordPress."
        : !Uri.TryCreate(Url?.Trim(), UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)
            ? $"{key}:Url must be an absolute http(s) URL."
        : Interval is { } i && (i < MinInterval || i > MaxInterval) ? $"{key}:Interval must be between 00:00:01 and 1.00:00:00."
        : null;

    /// <remarks>Without a Kind, a <c>/wp-json/…</c> or <c>?rest_route=</c> URL is WordPress, anything else a Feed.</remarks>
    public SourceDefinition ToDefinition(TimeSpan defaultInterval)
    {
        TryParseKind(Kind, out var kind);
        var url = new Uri(Url!.Trim(), UriKind.Absolute);
        return new SourceDefinition
        {
            Name = Name!.Trim(),
            Kind = string.IsNullOrWhiteSpace(Kind) && Discovery.FeedDiscovery.IsWordPressEndpoint(url) ? SourceKind.WordPress : kind,
            Url = url,
            Interval = Interval ?? defaultInterval,
            Categories = [.. Categories.Select(c => c.Trim()).Where(c => c.Length > 0)],
            Local = Local,
            Folder = string.IsNullOrWhiteSpace(Folder) ? null : Folder.Trim(),
        };
    }

    public static bool TryParseKind(string? text, out SourceKind kind)
    {
        kind = SourceKind.Feed;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        return Enum.TryParse(text.Trim(), ignoreCase: true, out kind) && Enum.IsDefined(kind);
    }
}
