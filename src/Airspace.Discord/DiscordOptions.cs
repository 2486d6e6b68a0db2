using System.Globalization;

namespace Airspace.Discord;

/// <summary>
/// The "Airspace:Discord" section. The bot is enabled by <see cref="Token"/>, webhook delivery by <see cref="Webhooks"/>
/// (either works without the other); everything else has a default.
/// </summary>
public sealed class DiscordOptions : IValidatedOptions
{
    public const string SectionName = "Airspace:Discord";
    public const string GatewayMode = "Gateway";
    public const string HttpMode = "Http";

    /// <summary>The bot token (from the environment: <c>Airspace__Discord__Token</c>). Never logged.</summary>
    public string? Token { get; set; }

    /// <summary>The application's id; fetched from <c>GET /applications/@me</c> when absent.</summary>
    public string? ApplicationId { get; set; }

    public string ApiBaseUrl { get; set; } = "https://discord.com/api/v10";

    /// <summary>Allow plain-http <see cref="ApiBaseUrl"/> / ws <see cref="GatewayUrl"/> to a host other than this machine (a trusted network only; warned at start-up).</summary>
    public bool AllowInsecureHttp { get; set; }

    /// <summary>
    /// Channel webhook URLs by name (from the environment: <c>Airspace__Discord__Webhooks__&lt;name&gt;</c>); alerts to
    /// <c>discord-webhook:&lt;name&gt;</c> are posted there. Secrets, like the token: never logged, never stored.
    /// </summary>
    public Dictionary<string, string?> Webhooks { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The gateway URL; by default the one <c>GET /gateway/bot</c> returns.</summary>
    public string? GatewayUrl { get; set; }

    /// <summary><c>Gateway</c> (interactions arrive over the gateway; no public URL needed) or <c>Http</c> (the interactions endpoint).</summary>
    public string Mode { get; set; } = GatewayMode;

    /// <summary>The application's Ed25519 public key (hex), required in Http mode to verify interaction signatures.</summary>
    public string? PublicKey { get; set; }

    /// <summary>Register the slash commands in this guild only (instant, for testing) instead of globally.</summary>
    public string? CommandGuildId { get; set; }

    /// <summary>Overwrite the slash commands at start-up.</summary>
    public bool RegisterCommands { get; set; } = true;

    /// <summary>Colour of the alert embeds, as #RRGGBB.</summary>
    public string AlertColor { get; set; } = "#1F6FEB";

    /// <summary>First delay before reconnecting to the gateway after a failed connection; doubled per failure.</summary>
    public TimeSpan ReconnectDelay { get; set; } = TimeSpan.FromSeconds(1);

    public TimeSpan MaxReconnectDelay { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Discord allows one Identify per 5 seconds (max_concurrency 1); never identify faster than this.</summary>
    public TimeSpan MinIdentifyInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Our own cap on Identify calls per UTC day (Discord's is 1000 and overrunning it resets the token).</summary>
    public int MaxIdentifiesPerDay { get; set; } = 100;

    /// <summary>How long after Hello the gateway may take to send READY or RESUMED before the connection is retried.</summary>
    public TimeSpan ReadyTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>A command still working after this long is deferred ("thinking…") and answered by a follow-up (Discord's deadline is 3 s).</summary>
    public TimeSpan DeferAfter { get; set; } = TimeSpan.FromSeconds(1.5);

    /// <summary>Signed HTTP interactions whose timestamp is further than this from our clock are refused.</summary>
    public TimeSpan MaxSignatureAge { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Rate-limit waits up to this long happen inside the request; longer ones go back to the dispatcher as retry-after.</summary>
    public TimeSpan MaxRateLimitWait { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How long the bot waits for Discord at start-up to check the token before starting anyway.</summary>
    public TimeSpan StartupTimeout { get; set; } = TimeSpan.FromSeconds(20);

    public bool IsHttpMode => string.Equals(Mode, HttpMode, StringComparison.OrdinalIgnoreCase);

    internal int AlertColorValue => int.Parse(AlertColor.AsSpan(1), NumberStyles.HexNumber, CultureInfo.InvariantCulture);

    /// <summary>One sentence naming the key, or null. Http mode's need for Airspace:Http:Urls is checked at registration.</summary>
    public string? Validate() =>
        !Uri.TryCreate(ApiBaseUrl, UriKind.Absolute, out var api) || api.Scheme is not ("http" or "https")
            ? "Airspace:Discord:ApiBaseUrl must be an absolute http(s) URL such as https://discord.com/api/v10."
        : GatewayUrl is { Length: > 0 } && (!Uri.TryCreate(GatewayUrl, UriKind.Absolute, out var gateway) || gateway.Scheme is not ("ws" or "wss"))
            ? "Airspace:Discord:GatewayUrl must be an absolute ws(s) URL such as wss://gateway.discord.gg, or empty to ask Discord."
        : !string.Equals(Mode, GatewayMode, StringComparison.OrdinalIgnoreCase) && !IsHttpMode
            ? "Airspace:Discord:Mode must be Gateway or Http."
        : IsHttpMode && !IsHexKey(PublicKey)
            ? "Airspace:Discord:PublicKey must be the application's 64-character hex public key when Airspace:Discord:Mode is Http."
        : ApplicationId is { Length: > 0 } && !IsSnowflake(ApplicationId)
            ? "Airspace:Discord:ApplicationId must be the numeric application id."
        : CommandGuildId is { Length: > 0 } && !IsSnowflake(CommandGuildId)
            ? "Airspace:Discord:CommandGuildId must be a numeric guild (server) id, or empty to register commands globally."
        : AlertColor is not { Length: 7 } || AlertColor[0] != '#' || !int.TryParse(AlertColor.AsSpan(1), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out _)
            ? "Airspace:Discord:AlertColor must be a colour like #1F6FEB."
        : ReconnectDelay <= TimeSpan.Zero || MaxReconnectDelay < ReconnectDelay
            ? "Airspace:Discord:ReconnectDelay must be positive and not above MaxReconnectDelay."
        : MinIdentifyInterval < TimeSpan.Zero
            ? "Airspace:Discord:MinIdentifyInterval must not be negative."
        : MaxIdentifiesPerDay is < 1 or > 1000
            ? "Airspace:Discord:MaxIdentifiesPerDay must be between 1 and 1000."
        : ReadyTimeout <= TimeSpan.Zero
            ? "Airspace:Discord:ReadyTimeout must be positive."
        : DeferAfter < TimeSpan.Zero || DeferAfter > TimeSpan.FromSeconds(2.5)
            ? "Airspace:Discord:DeferAfter must be between 0 and 00:00:02.5 (Discord's deadline is 3 seconds)."
        : MaxSignatureAge <= TimeSpan.Zero
            ? "Airspace:Discord:MaxSignatureAge must be positive."
        : MaxRateLimitWait < TimeSpan.Zero
            ? "Airspace:Discord:MaxRateLimitWait must not be negative."
        : StartupTimeout <= TimeSpan.Zero
            ? "Airspace:Discord:StartupTimeout must be positive."
        : WebhookError();

    /// <summary>The first bad webhook entry, in one sentence naming its key and never quoting the URL.</summary>
    private string? WebhookError()
    {
        foreach (var (name, url) in Webhooks.OrderBy(w => w.Key, StringComparer.Ordinal))
        {
            if (!DiscordWebhook.TryParse(name, url, out _, out var error))
            {
                return error;
            }
        }

        return null;
    }

    internal static bool IsSnowflake(string? value) =>
        ulong.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0;

    private static bool IsHexKey(string? value) => value is { Length: 64 } && value.All(char.IsAsciiHexDigit);
}
