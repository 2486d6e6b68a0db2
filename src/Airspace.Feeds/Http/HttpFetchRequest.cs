namespace Airspace.Feeds.Http;

/// <summary>One GET: where, how much may come back, whether private targets are allowed, and the conditional validators.</summary>
public sealed record HttpFetchRequest
{
    public required Uri Url { get; init; }

    /// <summary>
    /// Allow loopback and private targets (sources configured Local), but only for requests to
    /// <see cref="LocalHost"/>: an item page elsewhere or a redirect to another host follows the strict rule.
    /// Link-local and cloud metadata addresses are refused even then.
    /// </summary>
    public bool AllowLocal { get; init; }

    /// <summary>The one host the Local rule applies to (the source's own host); null means the host of <see cref="Url"/>.</summary>
    public string? LocalHost { get; init; }

    public string? ETag { get; init; }

    public string? LastModified { get; init; }

    public string Accept { get; init; } = "*/*";

    /// <summary>A body larger than this is refused without reading the rest.</summary>
    public required long MaxBytes { get; init; }
}
