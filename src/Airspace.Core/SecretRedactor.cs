using System.Text.RegularExpressions;

namespace Airspace.Core;

/// <summary>
/// The one redactor for text that may reach a log or the store (exception messages from stacks we did not write):
/// the secrets an adapter knows (its token), then anything shaped like a chat platform secret (Telegram bot token,
/// Discord bot token, webhook or interaction path token, Authorization value), each replaced by <see cref="Mask"/>.
/// </summary>
public static partial class SecretRedactor
{
    public const string Mask = "[redacted]";

    // Enough of an exception chain to explain a failure (HttpRequestException → SocketException), not a stack dump.
    private const int MaxDescribedExceptions = 4;

    public static string Redact(string text) =>
        AuthorizationValue().Replace(
            DiscordToken().Replace(
                TokenPath().Replace(
                    TelegramToken().Replace(text, Mask),
                    m => m.Groups["prefix"].Value + Mask),
                Mask),
            m => m.Groups["scheme"].Value + Mask);

    /// <summary><paramref name="text"/> without <paramref name="secrets"/> (empty ones are skipped) nor secret-shaped values; "" for null.</summary>
    public static string Redact(string? text, params ReadOnlySpan<string?> secrets)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        foreach (var secret in secrets)
        {
            if (!string.IsNullOrEmpty(secret))
            {
                text = text.Replace(secret, Mask, StringComparison.Ordinal);
            }
        }

        return Redact(text);
    }

    /// <summary>"Type: message" for the exception and its inner exceptions, redacted; logged instead of the exception object.</summary>
    public static string Describe(Exception exception, params ReadOnlySpan<string?> secrets)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var parts = new List<string>();
        for (var e = exception; e is not null && parts.Count < MaxDescribedExceptions; e = e.InnerException)
        {
            parts.Add($"{e.GetType().Name}: {e.Message}");
        }

        return Redact(string.Join(" → ", parts), secrets);
    }

    [GeneratedRegex(@"\d{5,16}:[A-Za-z0-9_-]{30,}")]
    private static partial Regex TelegramToken();

    // Webhook and interaction URLs carry their token as the path segment after the id.
    [GeneratedRegex(@"(?<prefix>(?:webhooks|interactions)/\d+/)[A-Za-z0-9._-]+")]
    private static partial Regex TokenPath();

    [GeneratedRegex(@"[MN][A-Za-z0-9_-]{23,27}\.[A-Za-z0-9_-]{6}\.[A-Za-z0-9_-]{27,}")]
    private static partial Regex DiscordToken();

    [GeneratedRegex(@"(?<scheme>\b(?:Bot|Bearer)\s+)[A-Za-z0-9._~+/=-]{16,}")]
    private static partial Regex AuthorizationValue();
}
