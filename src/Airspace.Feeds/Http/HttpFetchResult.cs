namespace Airspace.Feeds.Http;

public enum HttpFetchStatus
{
    /// <summary>A 2xx response whose body is in <see cref="HttpFetchResult.Body"/>.</summary>
    Ok,

    /// <summary>304: the validators still match; nothing to read.</summary>
    NotModified,

    /// <summary>Refused, unreachable, too big, timed out or an HTTP error; <see cref="HttpFetchResult.Error"/> says why.</summary>
    Failed,
}

/// <summary>The outcome of one guarded GET (after redirects). Errors are one sentence with the URL's query redacted.</summary>
public sealed record HttpFetchResult
{
    public required HttpFetchStatus Status { get; init; }

    public required Uri Url { get; init; }

    public int StatusCode { get; init; }

    public byte[]? Body { get; init; }

    public string? MediaType { get; init; }

    public string? Charset { get; init; }

    public string? ETag { get; init; }

    public string? LastModified { get; init; }

    public string? Error { get; init; }

    /// <summary>The server asked us to wait this long (429/503 Retry-After).</summary>
    public TimeSpan? RetryAfter { get; init; }

    /// <summary>The response's <c>Link</c> header values (feed discovery reads WordPress's <c>rel="https://api.w.org/"</c>).</summary>
    public IReadOnlyList<string> Links { get; init; } = [];

    /// <summary>Bytes of the body received (after decompression), for cost accounting.</summary>
    public long BytesReceived { get; init; }

    public static HttpFetchResult Fail(Uri url, string error, int statusCode = 0, TimeSpan? retryAfter = null) =>
        new() { Status = HttpFetchStatus.Failed, Url = url, Error = error, StatusCode = statusCode, RetryAfter = retryAfter };
}
