namespace Airspace.Feeds.Http;

/// <summary>One GET: where, how much may come back, whether private targets are allowed, and the conditional validators.</summary>
public sealed record HttpFetchRequest
{
    public required Uri Url { get; init; }

    /// <summary>Allow loopback and private targets (sources configured Local).</summary>
    public bool AllowLocal { get; init; }

    public string? ETag { get; init; }

    public string? LastModified { get; init; }

    public string Accept { get; init; } = "*/*";

    /// <summary>A body larger than this is refused without reading the rest.</summary>
    public required long MaxBytes { get; init; }
}
