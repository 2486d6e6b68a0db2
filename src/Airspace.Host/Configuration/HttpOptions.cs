namespace Airspace.Host.Configuration;

/// <summary>The optional HTTP listener: health, Telegram webhook, Discord interactions endpoint.</summary>
public sealed class HttpOptions : IValidatedOptions
{
    /// <summary>Semicolon-separated URLs to listen on (e.g. <c>http://0.0.0.0:8080</c>); empty means no HTTP listener.</summary>
    public string Urls { get; set; } = "";

    public bool Enabled => !string.IsNullOrWhiteSpace(Urls);

    public string? Validate()
    {
        foreach (var url in Urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!Uri.TryCreate(url.Replace("://+", "://localhost", StringComparison.Ordinal).Replace("://*", "://localhost", StringComparison.Ordinal), UriKind.Absolute, out var uri)
                || uri.Scheme is not ("http" or "https"))
            {
                return $"Airspace:Http:Urls has '{url}', which is not an http(s) URL.";
            }
        }

        return null;
    }
}
