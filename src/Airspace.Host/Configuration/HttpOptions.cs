namespace Airspace.Host.Configuration;

/// <summary>
/// The optional HTTP listener: health, metrics, Telegram webhook, Discord interactions endpoint; and the optional
/// management listener that alone then serves <c>/healthz</c> and <c>/metrics</c>.
/// </summary>
public sealed class HttpOptions : IValidatedOptions
{
    /// <summary>Semicolon-separated URLs to listen on (e.g. <c>http://0.0.0.0:8080</c>); empty means no HTTP listener.</summary>
    public string Urls { get; set; } = "";

    /// <summary>
    /// Semicolon-separated URLs for <c>/healthz</c> and <c>/metrics</c> only (e.g. <c>http://127.0.0.1:9090</c>); when
    /// set, those two are no longer answered on <see cref="Urls"/>, so they stay off the public webhook port.
    /// </summary>
    public string ManagementUrls { get; set; } = "";

    public bool Enabled => PublicUrls.Count > 0 || ManagementUrlList.Count > 0;

    public bool HasManagement => ManagementUrlList.Count > 0;

    public IReadOnlyList<string> PublicUrls => Split(Urls);

    public IReadOnlyList<string> ManagementUrlList => Split(ManagementUrls);

    /// <summary>Read before the container exists (it decides the kind of host); validated with the other options at start-up.</summary>
    public static HttpOptions From(IConfiguration configuration) => new()
    {
        Urls = configuration["Airspace:Http:Urls"] ?? "",
        ManagementUrls = configuration["Airspace:Http:ManagementUrls"] ?? "",
    };

    public string? Validate() => Invalid("Urls", PublicUrls) ?? Invalid("ManagementUrls", ManagementUrlList);

    private static string? Invalid(string key, IReadOnlyList<string> urls)
    {
        foreach (var url in urls)
        {
            if (!Uri.TryCreate(url.Replace("://+", "://localhost", StringComparison.Ordinal).Replace("://*", "://localhost", StringComparison.Ordinal), UriKind.Absolute, out var uri)
                || uri.Scheme is not ("http" or "https"))
            {
                return $"Airspace:Http:{key} has '{url}', which is not an http(s) URL.";
            }
        }

        return null;
    }

    private static string[] Split(string urls) => urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
