using System.Diagnostics.CodeAnalysis;

namespace Airspace.Core.Subscriptions;

/// <summary>
/// Where posts go: <c>console</c>, <c>telegram:&lt;chat id&gt;</c> (optionally <c>/&lt;topic id&gt;</c>),
/// <c>discord:&lt;channel id&gt;</c>, <c>discord-webhook:&lt;name&gt;</c> (the webhook's URL is a secret kept in configuration,
/// never here). The canonical text form is what the store keeps.
/// </summary>
public readonly record struct ChannelAddress
{
    public const string Console = "console";
    public const string Telegram = "telegram";
    public const string Discord = "discord";
    public const string DiscordWebhook = "discord-webhook";

    private const int MaxWebhookNameLength = 32;

    private ChannelAddress(string platform, string target)
    {
        Platform = platform;
        Target = target;
    }

    public string Platform { get; }

    /// <summary>Platform-specific target (chat or channel id); empty for the console.</summary>
    public string Target { get; }

    public static ChannelAddress ConsoleChannel { get; } = new(Console, "");

    public static ChannelAddress ForTelegram(long chatId, int? topicId = null) =>
        new(Telegram, topicId is null ? Inv(chatId) : $"{Inv(chatId)}/{Inv(topicId.Value)}");

    public static ChannelAddress ForDiscord(ulong channelId) => new(Discord, channelId.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>A Discord channel webhook by its configured name (1–32 of a-z, 0-9, _ and -).</summary>
    public static ChannelAddress ForDiscordWebhook(string name) =>
        IsWebhookName(name) ? new(DiscordWebhook, name.ToLowerInvariant()) : throw new ArgumentException(WebhookNameError(name), nameof(name));

    public static ChannelAddress Parse(string text) =>
        TryParse(text, out var address, out var error) ? address : throw new FormatException(error);

    public static bool TryParse(string? text, out ChannelAddress address, [NotNullWhen(false)] out string? error)
    {
        address = default;
        text = text?.Trim() ?? "";
        if (string.Equals(text, Console, StringComparison.OrdinalIgnoreCase))
        {
            address = ConsoleChannel;
            error = null;
            return true;
        }

        var colon = text.IndexOf(':');
        if (colon <= 0)
        {
            error = $"'{text}' is not a channel address; use console, telegram:<chat id>, discord:<channel id> or discord-webhook:<name>.";
            return false;
        }

        var platform = text[..colon].ToLowerInvariant();
        var target = text[(colon + 1)..];
        switch (platform)
        {
            case Telegram when IsTelegramTarget(target):
            case Discord when ulong.TryParse(target, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out _):
                address = new ChannelAddress(platform, target);
                error = null;
                return true;
            case DiscordWebhook when IsWebhookName(target):
                address = new ChannelAddress(platform, target.ToLowerInvariant());
                error = null;
                return true;
            case DiscordWebhook:
                error = WebhookNameError(target);
                return false;
            case "http" or "https":
                // Someone pasted a webhook URL: never echo it, its path holds the webhook's token.
                error = WebhookNameError(text);
                return false;
            case Telegram:
                error = $"'{target}' is not a Telegram chat id; use telegram:<numeric chat id>[/<topic id>].";
                return false;
            case Discord:
                error = $"'{target}' is not a Discord channel id; use discord:<numeric channel id>.";
                return false;
            default:
                error = $"Unknown platform '{platform}'; use console, telegram:<chat id>, discord:<channel id> or discord-webhook:<name>.";
                return false;
        }
    }

    public override string ToString() => Target.Length == 0 ? Platform : $"{Platform}:{Target}";

    private static bool IsTelegramTarget(string target)
    {
        var parts = target.Split('/');
        return parts.Length is 1 or 2
            && long.TryParse(parts[0], System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out _)
            && (parts.Length == 1 || int.TryParse(parts[1], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out _));
    }

    private static bool IsWebhookName(string name) =>
        name.Length is >= 1 and <= MaxWebhookNameLength && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-');

    /// <summary>Never quotes the text: it may be a webhook URL, whose token is a secret.</summary>
    private static string WebhookNameError(string text) =>
        text.Contains("://", StringComparison.Ordinal) || text.Contains('/', StringComparison.Ordinal)
            ? "A webhook URL is a secret and is not stored in a subscription; use discord-webhook:<name> and put the URL in Airspace__Discord__Webhooks__<name>."
            : $"A webhook name is 1–{MaxWebhookNameLength} characters of a-z, 0-9, _ and -; use discord-webhook:<name> and put the URL in Airspace__Discord__Webhooks__<name>.";

    private static string Inv(long value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
