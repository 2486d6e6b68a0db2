using System.Text.RegularExpressions;

namespace Airspace.Core;

/// <summary>
/// Last line of defence for text from exceptions we did not write: removes anything shaped like a chat platform
/// secret (Telegram bot token, Discord bot token, webhook URL token, Authorization value) before it is logged or stored.
/// </summary>
public static partial class SecretRedactor
{
    public const string Mask = "[redacted]";

    public static string Redact(string text) =>
        AuthorizationValue().Replace(
            DiscordToken().Replace(
                WebhookPath().Replace(
                    TelegramToken().Replace(text, Mask),
                    m => m.Groups["prefix"].Value + Mask),
                Mask),
            m => m.Groups["scheme"].Value + Mask);

    [GeneratedRegex(@"\d{5,16}:[A-Za-z0-9_-]{30,}")]
    private static partial Regex TelegramToken();

    [GeneratedRegex(@"(?<prefix>/webhooks/\d+/)[A-Za-z0-9._-]+")]
    private static partial Regex WebhookPath();

    [GeneratedRegex(@"[MN][A-Za-z0-9_-]{23,27}\.[A-Za-z0-9_-]{6}\.[A-Za-z0-9_-]{27,}")]
    private static partial Regex DiscordToken();

    [GeneratedRegex(@"(?<scheme>\b(?:Bot|Bearer)\s+)[A-Za-z0-9._~+/=-]{16,}")]
    private static partial Regex AuthorizationValue();
}
