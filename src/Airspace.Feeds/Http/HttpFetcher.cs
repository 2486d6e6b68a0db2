using System.Globalization;
using System.Net;
using System.Net.Http.Headers;

namespace Airspace.Feeds.Http;

/// <summary>
/// Every outgoing GET of the feeds code: SSRF-guarded, polite per host, bounded in time, size and redirects, with a
/// clear User-Agent and conditional validators. Never throws for a bad URL, site or network; returns a reason.
/// </summary>
public sealed class HttpFetcher : IDisposable
{
    private readonly HttpClient _strict;
    private readonly HttpClient _local;
    private readonly HostGate _gate;
    private readonly FeedsOptions _options;
    private readonly TimeProvider _time;

    public HttpFetcher(IOptions<FeedsOptions> options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        _time = time;
        _gate = new HostGate(_options.MaxConcurrencyPerHost, _options.PerHostDelay, time);
        _strict = CreateClient(allowLocal: false);
        _local = CreateClient(allowLocal: true);
    }

    public async Task<HttpFetchResult> FetchAsync(HttpFetchRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(_options.Timeout);
        var url = request.Url;
        var localHost = request.AllowLocal ? request.LocalHost ?? request.Url.IdnHost : null;
        try
        {
            for (var hop = 0; ; hop++)
            {
                if (!IsWeb(url))
                {
                    return HttpFetchResult.Fail(url, $"refused {SafeUrl.Redact(url)}: only http and https URLs are fetched");
                }

                using var lease = await _gate.EnterAsync(url.IdnHost, timeout.Token).ConfigureAwait(false);
                using var message = Build(request, url);
                // Per hop: a Local source's redirect to another host must not reach internal addresses through it.
                var local = localHost is not null && string.Equals(url.IdnHost, localHost, StringComparison.OrdinalIgnoreCase);
                using var response = await (local ? _local : _strict)
                    .SendAsync(message, HttpCompletionOption.ResponseHeadersRead, timeout.Token).ConfigureAwait(false);
                if (IsRedirect(response.StatusCode) && response.Headers.Location is { } location)
                {
                    if (hop >= _options.MaxRedirects)
                    {
                        return HttpFetchResult.Fail(url, $"too many redirects from {SafeUrl.Redact(request.Url)} (more than {_options.MaxRedirects})");
                    }

                    url = location.IsAbsoluteUri ? location : new Uri(url, location);
                    continue;
                }

                return await ReadAsync(response, url, request.MaxBytes, timeout.Token).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return HttpFetchResult.Fail(url, $"{SafeUrl.Redact(url)} did not answer within {_options.Timeout.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s");
        }
        catch (HttpRequestException ex)
        {
            return HttpFetchResult.Fail(url, Describe(ex, url));
        }
        catch (IOException ex)
        {
            return HttpFetchResult.Fail(url, $"reading {SafeUrl.Redact(url)} failed: {OneLine(ex.Message)}");
        }
    }

    public void Dispose()
    {
        _strict.Dispose();
        _local.Dispose();
    }

    private async Task<HttpFetchResult> ReadAsync(HttpResponseMessage response, Uri url, long maxBytes, CancellationToken ct)
    {
        var status = (int)response.StatusCode;
        if (response.StatusCode == HttpStatusCode.NotModified)
        {
            return new HttpFetchResult { Status = HttpFetchStatus.NotModified, Url = url, StatusCode = status, ETag = response.Headers.ETag?.ToString(), LastModified = LastModified(response) };
        }

        if (!response.IsSuccessStatusCode)
        {
            var retryAfter = RetryAfter(response);
            var reason = response.ReasonPhrase is { Length: > 0 } phrase ? $"{status} {OneLine(phrase)}" : status.ToString(CultureInfo.InvariantCulture);
            return HttpFetchResult.Fail(url, $"{SafeUrl.Redact(url)} answered HTTP {reason}", status, retryAfter);
        }

        var declared = response.Content.Headers.ContentLength;
        if (declared > maxBytes)
        {
            return HttpFetchResult.Fail(url, $"{SafeUrl.Redact(url)} is too large ({declared} bytes; the limit is {maxBytes})", status);
        }

        var body = await ReadCappedAsync(response.Content, maxBytes, ct).ConfigureAwait(false);
        if (body is null)
        {
            return HttpFetchResult.Fail(url, $"{SafeUrl.Redact(url)} is too large (more than the {maxBytes}-byte limit)", status);
        }

        return new HttpFetchResult
        {
            Status = HttpFetchStatus.Ok,
            Url = url,
            StatusCode = status,
            Body = body,
            MediaType = response.Content.Headers.ContentType?.MediaType,
            Charset = response.Content.Headers.ContentType?.CharSet,
            ETag = response.Headers.ETag?.ToString(),
            LastModified = LastModified(response),
            Links = response.Headers.TryGetValues("Link", out var links) ? [.. links] : [],
            BytesReceived = body.LongLength,
        };
    }

    /// <summary>Reads at most <paramref name="maxBytes"/>; null as soon as the body is longer (the rest is never read).</summary>
    private static async Task<byte[]?> ReadCappedAsync(HttpContent content, long maxBytes, CancellationToken ct)
    {
        var stream = await content.ReadAsStreamAsync(ct).ConfigureAwait(false);
        await using var streamLifetime = stream.ConfigureAwait(false);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        while (true)
        {
            var read = await stream.ReadAsync(chunk, ct).ConfigureAwait(false);
            if (read == 0)
            {
                return buffer.ToArray();
            }

            if (buffer.Length + read > maxBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }
    }

    private HttpRequestMessage Build(HttpFetchRequest request, Uri url)
    {
        var message = new HttpRequestMessage(HttpMethod.Get, url);
        message.Headers.UserAgent.ParseAdd(_options.UserAgent);
        message.Headers.Accept.ParseAdd(request.Accept);
        if (request.ETag is { Length: > 0 } etag && EntityTagHeaderValue.TryParse(etag, out var tag))
        {
            message.Headers.IfNoneMatch.Add(tag);
        }

        if (request.LastModified is { Length: > 0 } lastModified)
        {
            message.Headers.TryAddWithoutValidation("If-Modified-Since", lastModified);
        }

        return message;
    }

    private TimeSpan? RetryAfter(HttpResponseMessage response)
    {
        var header = response.Headers.RetryAfter;
        var delay = header?.Delta ?? (header?.Date is { } date ? date - _time.GetUtcNow() : null);
        if (delay is null)
        {
            return null;
        }

        return delay < TimeSpan.Zero ? TimeSpan.Zero : delay > _options.MaxRetryAfter ? _options.MaxRetryAfter : delay;
    }

    private static string? LastModified(HttpResponseMessage response) =>
        response.Content.Headers.TryGetValues("Last-Modified", out var values) ? values.FirstOrDefault()
        : response.Headers.TryGetValues("Last-Modified", out values) ? values.FirstOrDefault() : null;

    private static string Describe(HttpRequestException ex, Uri url)
    {
        for (Exception? inner = ex; inner is not null; inner = inner.InnerException)
        {
            if (inner is SsrfRefusedException refused)
            {
                return refused.Message;
            }
        }

        var root = ex.InnerException?.Message ?? ex.Message;
        return $"could not fetch {SafeUrl.Redact(url)}: {OneLine(root)}";
    }

    private HttpClient CreateClient(bool allowLocal) =>
        new(GuardedHandler.Create(allowLocal, _options.Timeout)) { Timeout = Timeout.InfiniteTimeSpan };

    private static bool IsRedirect(HttpStatusCode code) =>
        code is HttpStatusCode.MovedPermanently or HttpStatusCode.Found or HttpStatusCode.SeeOther
            or HttpStatusCode.TemporaryRedirect or HttpStatusCode.PermanentRedirect;

    private static bool IsWeb(Uri url) => url.IsAbsoluteUri && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps);

    private static string OneLine(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
