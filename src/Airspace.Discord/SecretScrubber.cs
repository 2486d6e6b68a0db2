using System.Text.RegularExpressions;

namespace Airspace.Discord;

/// <summary>
/// Removes secrets from text that may reach a log: the bot token, and the tokens in webhook and interaction paths.
/// Exception messages from the HTTP and WebSocket stacks are passed through this before they are logged.
/// </summary>
internal static partial class SecretScrubber
{
    public static string Scrub(string text, string? token)
    {
        if (!string.IsNullOrEmpty(token))
        {
            text = text.Replace(token, "[token]", StringComparison.Ordinal);
        }

        return TokenPath().Replace(text, "$1[token]");
    }

    public static string Describe(Exception exception, string? token) =>
        exception.GetType().Name + ": " + Scrub(exception.Message, token);

    [GeneratedRegex(@"((?:webhooks|interactions)/\d+/)[A-Za-z0-9_.\-]+")]
    private static partial Regex TokenPath();
}
