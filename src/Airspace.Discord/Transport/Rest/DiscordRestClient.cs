using Airspace.Discord.Startup;
using System.Net.Http.Headers;
using System.Text.Json;
using Airspace.Core.Resilience;
using Airspace.Core;
using Airspace.Discord.Transport.Wire;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Airspace.Discord.Transport.Rest;

/// <summary>
/// Discord REST v10 over one HttpClient (no request logging: paths carry interaction and webhook tokens).
/// Applies the rate limits, retries 5xx and network failures with back-off, honours 429 retry_after, halts all
/// bot traffic on 401 (channel webhooks go on), and never retries other 4xx answers: they are returned for the caller
/// to act on.
/// </summary>
internal sealed class DiscordRestClient : IDisposable
{
    public const string UserAgentUrl = "https://github.com/airspace-news/airspace";

    private const int MaxAttempts = 3;
    private const int MaxRateLimitedAttempts = 4;

    private static readonly MediaTypeHeaderValue Json = new("application/json");

    private readonly HttpClient _http;
    private readonly DiscordOptions _options;
    private readonly RateLimiter _limiter;
    private readonly InvalidRequestBudget _budget;
    private readonly DiscordStatus _status;
    private readonly Backoff _backoff;
    private readonly TimeProvider _time;
    private readonly ILogger<DiscordRestClient> _logger;
    private readonly string _baseUrl;

    public DiscordRestClient(
        IOptions<DiscordOptions> options,
        RateLimiter limiter,
        InvalidRequestBudget budget,
        DiscordStatus status,
        IJitterSource jitter,
        TimeProvider time,
        ILogger<DiscordRestClient> logger)
    {
        _options = options.Value;
        _limiter = limiter;
        _budget = budget;
        _status = status;

        // Half the gateway's first reconnect delay, doubling, jittered: a request is cheaper to repeat than a session.
        _backoff = new Backoff(_options.ReconnectDelay / 2, _options.MaxReconnectDelay, jitter);
        _time = time;
        _logger = logger;
        _baseUrl = _options.ApiBaseUrl.TrimEnd('/');
        _http = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
        {
            Timeout = TimeSpan.FromSeconds(30),
        };
        _http.DefaultRequestHeaders.TryAddWithoutValidation("User-Agent", UserAgent);
    }

    /// <summary>Discord asks for <c>DiscordBot ($url, $versionNumber)</c>; other agents may be blocked.</summary>
    public static string UserAgent { get; } =
        $"DiscordBot ({UserAgentUrl}, {typeof(DiscordRestClient).Assembly.GetName().Version?.ToString(3) ?? "1.0.0"})";

    public async Task<RestResult> SendAsync(RestRequest request, CancellationToken ct)
    {
        var route = request.Route;
        if (_status.IsHalted && request.StopsWhenHalted)
        {
            return new RestResult(RestResultKind.Halted);
        }

        if (_budget.IsExhausted(out var cooldown))
        {
            DiscordLog.InvalidRequestBudgetExhausted(_logger, route.Key, cooldown);
            return new RestResult(RestResultKind.RateLimited) { RetryAfter = cooldown };
        }

        var body = request.Body is null ? null : DiscordJson.Serialize(request.Body);
        var maxWait = request.MaxRateLimitWait ?? _options.MaxRateLimitWait;
        var failures = 0;
        for (var rateLimited = 0; ;)
        {
            var lease = await _limiter.AcquireAsync(route, request.Authenticated && request.CountsTowardGlobal, maxWait, ct).ConfigureAwait(false);
            if (!lease.Granted)
            {
                return new RestResult(RestResultKind.RateLimited) { RetryAfter = lease.DeniedFor };
            }

            HttpResponseMessage response;
            try
            {
                response = await _http.SendAsync(Build(request, body), HttpCompletionOption.ResponseContentRead, ct).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && !ct.IsCancellationRequested)
            {
                _limiter.Abandon(lease);
                var reason = SecretRedactor.Describe(ex, _options.Token);
                if (!request.RetryServerErrors || ++failures >= MaxAttempts)
                {
                    return new RestResult(RestResultKind.NetworkError) { ErrorMessage = reason };
                }

                DiscordLog.RestRetrying(_logger, route.Key, reason, failures);
                await Task.Delay(_backoff.Delay(failures), _time, ct).ConfigureAwait(false);
                continue;
            }
            catch
            {
                _limiter.Abandon(lease);
                throw;
            }

            using (response)
            {
                var status = (int)response.StatusCode;
                JsonElement? json;
                RateLimitHeaders headers;
                try
                {
                    json = await ReadJsonAsync(response, ct).ConfigureAwait(false);
                    headers = RateLimitHeaders.From(response.Headers, json);
                    _limiter.Complete(lease, route, headers, status);
                }
                catch
                {
                    // Whatever went wrong reading this response, the bucket must not stay taken for everyone else.
                    _limiter.Abandon(lease);
                    throw;
                }

                _budget.Record(status, headers.Scope);

                if (response.IsSuccessStatusCode)
                {
                    return new RestResult(RestResultKind.Success, status) { Body = json };
                }

                var (code, message) = Error(json);
                if (status == 429)
                {
                    var retryAfter = headers.RetryAfter ?? TimeSpan.FromSeconds(1);
                    DiscordLog.RateLimited(_logger, route.Key, retryAfter.TotalSeconds, headers.Scope ?? (headers.Global ? "global" : "user"));
                    if (++rateLimited >= MaxRateLimitedAttempts || retryAfter > maxWait)
                    {
                        return new RestResult(RestResultKind.RateLimited, status) { RetryAfter = retryAfter, ErrorCode = code, ErrorMessage = message };
                    }

                    continue;
                }

                if (status == 401 && request.Authenticated)
                {
                    if (request.HaltsOnUnauthorized)
                    {
                        _status.Halt("Discord rejected the bot token (401 Unauthorized), so all Discord traffic stopped; set a valid Airspace:Discord:Token and restart.");
                    }

                    return new RestResult(RestResultKind.Unauthorized, status) { ErrorCode = code, ErrorMessage = message };
                }

                if (status >= 500 && request.RetryServerErrors && ++failures < MaxAttempts)
                {
                    DiscordLog.RestRetrying(_logger, route.Key, $"HTTP {status}", failures);
                    await Task.Delay(_backoff.Delay(failures), _time, ct).ConfigureAwait(false);
                    continue;
                }

                return new RestResult(status >= 500 ? RestResultKind.ServerError : RestResultKind.ClientError, status)
                {
                    Body = json,
                    ErrorCode = code,
                    ErrorMessage = message,
                };
            }
        }
    }

    public void Dispose() => _http.Dispose();

    private HttpRequestMessage Build(RestRequest request, byte[]? body)
    {
        var message = new HttpRequestMessage(request.Route.Method, (request.BaseUrl ?? _baseUrl) + request.Route.Path + (request.Query is null ? "" : "?" + request.Query));
        if (request.Authenticated)
        {
            message.Headers.TryAddWithoutValidation("Authorization", "Bot " + _options.Token);
        }

        if (body is not null)
        {
            message.Content = new ByteArrayContent(body);
            message.Content.Headers.ContentType = Json;
        }

        return message;
    }

    private static async Task<JsonElement?> ReadJsonAsync(HttpResponseMessage response, CancellationToken ct)
    {
        var bytes = await response.Content.ReadAsByteArrayAsync(ct).ConfigureAwait(false);
        if (bytes.Length == 0)
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(bytes);
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static (int? Code, string? Message) Error(JsonElement? json) =>
        json is { ValueKind: JsonValueKind.Object } body
            ? (body.TryGetProperty("code", out var c) && c.TryGetInt32(out var code) ? code : null,
               body.TryGetProperty("message", out var m) && m.ValueKind == JsonValueKind.String ? m.GetString() : null)
            : (null, null);
}
