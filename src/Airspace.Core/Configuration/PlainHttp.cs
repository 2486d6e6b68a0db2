namespace Airspace.Core.Configuration;

/// <summary>
/// The rule for API base URLs that carry a secret (a bot token, an API key): plain <c>http</c>/<c>ws</c> only to
/// this machine (a test fake, a local Bot API server, Ollama); to any other host only when the section says
/// <c>AllowInsecureHttp=true</c> (a trusted compose network), and then with a warning at start-up.
/// </summary>
public static class PlainHttp
{
    /// <summary>Whether <paramref name="url"/> would travel in clear to another machine.</summary>
    public static bool IsPlainToAnotherHost(Uri url) =>
        url.IsAbsoluteUri && url.Scheme is "http" or "ws" && !url.IsLoopback;

    /// <summary>One sentence naming <paramref name="key"/> when the URL is refused; null when it may be used.</summary>
    public static string? Refusal(string key, Uri? url, bool allowInsecure) =>
        url is not null && IsPlainToAnotherHost(url) && !allowInsecure
            ? $"{key} is plain {url.Scheme} to {url.Host}, which would send the token in clear; use {Secure(url)}, or set {AllowKey(key)}=true if that network is trusted (e.g. a local server on a compose network)."
            : null;

    /// <summary>The start-up warning for an allowed plain URL to another host; null otherwise.</summary>
    public static string? Warning(string key, Uri? url, bool allowInsecure) =>
        url is not null && IsPlainToAnotherHost(url) && allowInsecure
            ? $"{key} sends the token in clear over {url.Scheme}:// to {url.Host} because {AllowKey(key)} is true; use {Secure(url)} unless that network is trusted."
            : null;

    /// <summary><c>Airspace:Telegram:ApiBaseUrl</c> → <c>Airspace:Telegram:AllowInsecureHttp</c>.</summary>
    public static string AllowKey(string key) => key[..(key.LastIndexOf(':') + 1)] + "AllowInsecureHttp";

    private static string Secure(Uri url) => url.Scheme == "ws" ? "wss" : "https";
}
