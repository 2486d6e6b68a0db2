using System.Net.Http.Headers;
using System.Text.Json;
using Polly;

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
    private readonly ResiliencePipeline<Attempt> _retry;
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
        _logger = logger;

        // Half the gateway's first reconnect delay, doubling, jittered: a request is cheaper to repeat than a session.
        // Only 5xx and network failures of repeatable requests (RetryServerErrors: never a send without a nonce); the
        // MaxAttempts-th failure is returned.
        _retry = RetryPipelines.Create<Attempt>(
            new Backoff(_options.ReconnectDelay / 2, _options.MaxReconnectDelay, jitter),
            time,
            outcome => outcome is { Exception: null, Result.RetryReason: not null } ? RetryDecision.Failure : RetryDecision.Done,
            (outcome, _, failures) => DiscordLog.RestRetrying(_logger, outcome.Result.Route, outcome.Result.RetryReason!, failures),
            MaxAttempts);
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

        var exchange = new Exchange(request, request.Body is null ? null : DiscordJson.Serialize(request.Body), request.MaxRateLimitWait ?? _options.MaxRateLimitWait);
        var attempt = await _retry.ExecuteAsync(static (state, token) => state.Client.AttemptAsync(state.Exchange, token), (Client: this, Exchange: exchange), ct).ConfigureAwait(false);
        return attempt.Result;
    }

    /// <summary>
    /// One request, repeated here while Discord answers 429 within the caller's wait (the rate limiter waits the asked
    /// time at the next acquire, so these repeats cost no failure). A 5xx or network failure of a request that may be
    /// repeated comes back with a <see cref="Attempt.RetryReason"/> for <see cref="_retry"/> to back off on.
    /// </summary>
    private async ValueTask<Attempt> AttemptAsync(Exchange exchange, CancellationToken ct)
    {
        var request = exchange.Request;
        var route = request.Route;
        while (true)
        {
            var lease = await _limiter.AcquireAsync(route, request.Authenticated && request.CountsTowardGlobal, exchange.MaxWait, ct).ConfigureAwait(false);
            if (!lease.Granted)
            {
                return new(new RestResult(RestResultKind.RateLimited) { RetryAfter = lease.DeniedFor }, route.Key);
            }

            HttpResponseMessage response;
            try
            {
                response = await _http.SendAsync(Build(request, exchange.Body), HttpCompletionOption.ResponseContentRead, ct).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && !ct.IsCancellationRequested)
            {
                _limiter.Abandon(lease);
                var reason = SecretRedactor.Describe(ex, _options.Token);
                return new(new RestResult(RestResultKind.NetworkError) { ErrorMessage = reason }, route.Key, request.RetryServerErrors ? reason : null);
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
                    return new(new RestResult(RestResultKind.Success, status) { Body = json }, route.Key);
                }

                var (code, message) = Error(json);
                if (status == 429)
                {
                    var retryAfter = headers.RetryAfter ?? TimeSpan.FromSeconds(1);
                    DiscordLog.RateLimited(_logger, route.Key, retryAfter.TotalSeconds, headers.Scope ?? (headers.Global ? "global" : "user"));
                    AirspaceMetrics.RateLimited("discord");
                    if (++exchange.RateLimited >= MaxRateLimitedAttempts || retryAfter > exchange.MaxWait)
                    {
                        return new(new RestResult(RestResultKind.RateLimited, status) { RetryAfter = retryAfter, ErrorCode = code, ErrorMessage = message }, route.Key);
                    }

                    continue;
                }

                if (status == 401 && request.Authenticated)
                {
                    if (request.HaltsOnUnauthorized)
                    {
                        _status.Halt("Discord rejected the bot token (401 Unauthorized), so all Discord traffic stopped; set a valid Airspace:Discord:Token and restart.");
                    }

                    return new(new RestResult(RestResultKind.Unauthorized, status) { ErrorCode = code, ErrorMessage = message }, route.Key);
                }

                var result = new RestResult(status >= 500 ? RestResultKind.ServerError : RestResultKind.ClientError, status)
                {
                    Body = json,
                    ErrorCode = code,
                    ErrorMessage = message,
                };
                return new(result, route.Key, status >= 500 && request.RetryServerErrors ? $"HTTP {status}" : null);
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

    /// <summary>One request's state across attempts: the serialized body and the 429s seen so far.</summary>
    private sealed class Exchange(RestRequest request, byte[]? body, TimeSpan maxWait)
    {
        public RestRequest Request { get; } = request;

        public byte[]? Body { get; } = body;

        public TimeSpan MaxWait { get; } = maxWait;

        public int RateLimited { get; set; }
    }

    /// <summary>An attempt's result; <paramref name="RetryReason"/> is set (for the log) when a repeat may help and is allowed.</summary>
    private readonly record struct Attempt(RestResult Result, string Route, string? RetryReason = null);
}
