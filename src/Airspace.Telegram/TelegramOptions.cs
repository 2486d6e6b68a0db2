using System.Text.RegularExpressions;

namespace Airspace.Telegram;

/// <summary>The Telegram adapter's settings (section <c>Airspace:Telegram</c>). The adapter is off without a token.</summary>
public sealed partial class TelegramOptions : IValidatedOptions
{
    public const string SectionName = "Airspace:Telegram";

    /// <summary>The bot token from BotFather; from the environment (<c>Airspace__Telegram__Token</c>), never the committed file.</summary>
    public string? Token { get; set; }

    /// <summary>Alternatively, a file holding the token (Docker/Kubernetes secrets).</summary>
    public string? TokenFile { get; set; }

    /// <summary>Scheme and host of the Bot API: the public one, a local Bot API server, a proxy, or a test fake.</summary>
    public string ApiBaseUrl { get; set; } = "https://api.telegram.org";

    /// <summary>Allow a plain-http <see cref="ApiBaseUrl"/> to a host other than this machine (a trusted network only; warned at start-up).</summary>
    public bool AllowInsecureHttp { get; set; }

    public TelegramMode Mode { get; set; } = TelegramMode.Polling;

    /// <summary>Webhook mode: the public URL Telegram posts updates to (it must reach <see cref="WebhookPath"/> on this host).</summary>
    public string? WebhookUrl { get; set; }

    /// <summary>Webhook mode: the secret Telegram sends in X-Telegram-Bot-Api-Secret-Token; requests without it are refused.</summary>
    public string? WebhookSecret { get; set; }

    /// <summary>Webhook mode: the local path the webhook endpoint is mapped on.</summary>
    public string WebhookPath { get; set; } = "/telegram/webhook";

    /// <summary>Timeout of one Bot API call (long polls get <see cref="PollTimeout"/> on top).</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long one getUpdates call waits for updates (the Bot API caps it at 50 s).</summary>
    public TimeSpan PollTimeout { get; set; } = TimeSpan.FromSeconds(50);

    /// <summary>First wait after a failed poll or connect; doubles per failure (±25% jitter) up to a minute.</summary>
    public TimeSpan PollErrorDelay { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Spacing of messages to one private chat (Telegram: about one per second).</summary>
    public TimeSpan PrivateChatInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Spacing of messages to one group, supergroup or channel (Telegram: at most 20 per minute).</summary>
    public TimeSpan GroupChatInterval { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>Messages in any one second over all chats, as Telegram counts them (Telegram: about 30).</summary>
    public int GlobalMessagesPerSecond { get; set; } = 30;

    /// <summary>A send that would wait longer than this for its chat's turn is handed back to the dispatcher instead.</summary>
    public TimeSpan MaxPacingWait { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Added to Telegram's retry_after before the same delivery is tried again.</summary>
    public TimeSpan RetryAfterMargin { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Consecutive "blocked / kicked / chat not found" answers for a chat before its subscription is disabled.</summary>
    public int ChatGoneThreshold { get; set; } = 3;

    /// <summary>Wait before trying a chat again after such an answer (while below the threshold).</summary>
    public TimeSpan ChatGoneRetryDelay { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How long a "is this user an admin of that chat" answer is reused.</summary>
    public TimeSpan AdminCacheDuration { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>How long Prev/Next buttons of a search with a long query keep working (short queries ride in the button).</summary>
    public TimeSpan SearchButtonLifetime { get; set; } = TimeSpan.FromHours(24);

    /// <summary>Updates handled at once, over all chats (one chat's updates are always handled in order, one at a time).</summary>
    public int UpdateConcurrency { get; set; } = 16;

    /// <summary>Commands one user may send per <see cref="CommandWindow"/>; past it, one polite notice, then silence.</summary>
    public int CommandsPerUser { get; set; } = 5;

    /// <summary>The sliding window of <see cref="CommandsPerUser"/>.</summary>
    public TimeSpan CommandWindow { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How long <c>/summary &lt;url&gt;</c> may take in all (waiting for a turn and fetching the page).</summary>
    public TimeSpan SummaryTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Pages <c>/summary &lt;url&gt;</c> fetches at once, over all chats.</summary>
    public int SummaryConcurrency { get; set; } = 4;

    /// <summary>One sentence naming the bad key, or null. Never repeats the token or the secret.</summary>
    public string? Validate()
    {
        var key = SectionName + ":";
        return string.IsNullOrWhiteSpace(Token) && !string.IsNullOrWhiteSpace(TokenFile) ? key + "TokenFile names a file that cannot be read or is empty."
            : string.IsNullOrWhiteSpace(Token) ? key + "Token is empty (set it, or Airspace:Telegram:TokenFile, to the token BotFather gave you)."
            : !TokenPattern().IsMatch(Token.Trim()) ? key + "Token is not a bot token: expected a numeric bot id, a colon and the secret part, as BotFather shows it."
            : !IsBaseUrl(ApiBaseUrl) ? key + "ApiBaseUrl must be an http(s) URL with no path, such as https://api.telegram.org."
            : Mode == TelegramMode.Webhook && !IsHttpUrl(WebhookUrl) ? key + "WebhookUrl must be the absolute URL (https for the public Bot API) that Telegram posts updates to when Mode is Webhook."
            : Mode == TelegramMode.Webhook && (WebhookSecret is null || !SecretPattern().IsMatch(WebhookSecret)) ? key + "WebhookSecret is required in Webhook mode: 1 to 256 characters of A-Z, a-z, 0-9, _ and -."
            : !WebhookPath.StartsWith('/') ? key + "WebhookPath must start with '/'."
            : RequestTimeout < TimeSpan.FromSeconds(1) ? key + "RequestTimeout must be at least 00:00:01."
            : PollTimeout < TimeSpan.Zero || PollTimeout > TimeSpan.FromSeconds(50) ? key + "PollTimeout must be between 00:00:00 and 00:00:50."
            : PollErrorDelay <= TimeSpan.Zero ? key + "PollErrorDelay must be positive."
            : PrivateChatInterval < TimeSpan.Zero || GroupChatInterval < TimeSpan.Zero ? key + "PrivateChatInterval and GroupChatInterval must not be negative."
            : GlobalMessagesPerSecond is < 1 or > 1000 ? key + "GlobalMessagesPerSecond must be between 1 and 1000."
            : MaxPacingWait < TimeSpan.Zero ? key + "MaxPacingWait must not be negative."
            : RetryAfterMargin < TimeSpan.Zero ? key + "RetryAfterMargin must not be negative."
            : ChatGoneThreshold is < 1 or > 100 ? key + "ChatGoneThreshold must be between 1 and 100."
            : ChatGoneRetryDelay < TimeSpan.Zero ? key + "ChatGoneRetryDelay must not be negative."
            : AdminCacheDuration < TimeSpan.Zero ? key + "AdminCacheDuration must not be negative."
            : SearchButtonLifetime <= TimeSpan.Zero ? key + "SearchButtonLifetime must be positive."
            : UpdateConcurrency is < 1 or > 1000 ? key + "UpdateConcurrency must be between 1 and 1000."
            : CommandsPerUser is < 1 or > 1000 ? key + "CommandsPerUser must be between 1 and 1000."
            : CommandWindow < TimeSpan.FromMilliseconds(10) || CommandWindow > TimeSpan.FromHours(1) ? key + "CommandWindow must be between 00:00:00.01 and 01:00:00."
            : SummaryTimeout <= TimeSpan.Zero ? key + "SummaryTimeout must be positive."
            : SummaryConcurrency is < 1 or > 100 ? key + "SummaryConcurrency must be between 1 and 100."
            : null;
    }

    private static bool IsBaseUrl(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
        && uri.AbsolutePath == "/" && uri.Query.Length == 0 && uri.Fragment.Length == 0;

    private static bool IsHttpUrl(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https";

    // Telegram.Bot rejects a token whose bot id is not 1–16 digits; the secret part is URL-safe base64.
    [GeneratedRegex("^[0-9]{1,16}:[A-Za-z0-9_-]+$")]
    private static partial Regex TokenPattern();

    [GeneratedRegex("^[A-Za-z0-9_-]{1,256}$")]
    private static partial Regex SecretPattern();
}
