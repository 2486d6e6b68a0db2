using Telegram.Bot;

namespace Airspace.Telegram.Transport.Api;

/// <summary>
/// The Bot API clients: one for ordinary calls and one for long polls, whose HTTP timeout must outlast the poll.
/// They use plain HttpClients (not IHttpClientFactory) so no HTTP logging handler ever writes a request URL,
/// which carries the token. The library's own 429 retry is off: our scheduler honours retry_after.
/// </summary>
internal sealed class TelegramClients : IDisposable
{
    private readonly HttpClient _apiHttp;
    private readonly HttpClient _pollHttp;

    public TelegramClients(IOptions<TelegramOptions> settings)
    {
        var options = settings.Value;
        var token = options.Token!.Trim();
        Redactor = new Redactor(token);
        _apiHttp = CreateHttp(options.RequestTimeout);
        _pollHttp = CreateHttp(options.RequestTimeout + options.PollTimeout);
        Api = new TelegramBotClient(ClientOptions(token, options.ApiBaseUrl), _apiHttp);
        Polling = new TelegramBotClient(ClientOptions(token, options.ApiBaseUrl), _pollHttp);
    }

    public ITelegramBotClient Api { get; }

    public ITelegramBotClient Polling { get; }

    public Redactor Redactor { get; }

    public void Dispose()
    {
        _apiHttp.Dispose();
        _pollHttp.Dispose();
    }

    private static TelegramBotClientOptions ClientOptions(string token, string baseUrl) =>
        new(token, baseUrl.TrimEnd('/'))
        {
            // retry_after <= RetryThreshold would be slept on inside the library; 0 leaves every 429 to us,
            // and one attempt in total means not even a retry_after of 0 is resent behind the scheduler's back.
            RetryThreshold = 0,
            RetryCount = 1,
        };

    private static HttpClient CreateHttp(TimeSpan timeout) =>
        new(new SocketsHttpHandler
        {
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            ConnectTimeout = TimeSpan.FromSeconds(15),
        })
        {
            Timeout = timeout,
        };
}
