using System.Diagnostics.CodeAnalysis;
using Airspace.Core.Subscriptions;

namespace Airspace.Discord.Sending;

/// <summary>
/// One channel webhook from <c>Airspace:Discord:Webhooks:&lt;name&gt;</c>. The URL's token is a secret: this type never
/// prints it (<see cref="ToString"/> is the channel address) and no error message quotes the URL. Requests go to API
/// v10 whichever form was pasted, because an unversioned path means the deprecated v6.
/// </summary>
internal sealed class DiscordWebhook
{
    private const int MaxTokenLength = 256;

    private DiscordWebhook(string name, string id, string token, string baseUrl)
    {
        Name = name;
        Id = id;
        Token = token;
        BaseUrl = baseUrl;
    }

    /// <summary>The lower-case name, as in the address <c>discord-webhook:&lt;name&gt;</c>.</summary>
    public string Name { get; }

    public string Id { get; }

    public string Token { get; }

    /// <summary><c>scheme://host[:port]/api/v10</c>; the route adds <c>/webhooks/{id}/{token}</c>.</summary>
    public string BaseUrl { get; }

    public static string ConfigurationKey(string name) => $"{DiscordOptions.SectionName}:Webhooks:{name}";

    public static bool TryParse(string name, string? url, [NotNullWhen(true)] out DiscordWebhook? webhook, [NotNullWhen(false)] out string? error)
    {
        webhook = null;
        var key = ConfigurationKey(name);
        if (!ChannelAddress.TryParse(ChannelAddress.DiscordWebhook + ":" + name, out var address, out _))
        {
            error = $"{key} has a bad name: webhook names are 1–32 characters of a-z, 0-9, _ and - (subscribe discord-webhook:<name>).";
            return false;
        }

        if (string.IsNullOrWhiteSpace(url))
        {
            error = $"{key} is empty; set it to the webhook's URL (https://discord.com/api/webhooks/<id>/<token>) or remove it.";
            return false;
        }

        if (!Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http")
            || uri.UserInfo.Length > 0 || uri.Query.Length > 0 || uri.Fragment.Length > 0
            || !TryWebhookPath(uri.AbsolutePath, out var id, out var token))
        {
            error = $"{key} must be a Discord webhook URL like https://discord.com/api/webhooks/<id>/<token> (channel settings → Integrations → Webhooks → Copy Webhook URL).";
            return false;
        }

        if (uri.Scheme == "http" && !uri.IsLoopback)
        {
            error = $"{key} must be an https URL (plain http is accepted only for a loopback address, for tests).";
            return false;
        }

        webhook = new DiscordWebhook(address.Target, id, token, uri.GetLeftPart(UriPartial.Authority) + "/api/v10");
        error = null;
        return true;
    }

    public override string ToString() => ChannelAddress.DiscordWebhook + ":" + Name;

    /// <summary><c>/api/webhooks/{id}/{token}</c> or <c>/api/v10/webhooks/{id}/{token}</c>.</summary>
    private static bool TryWebhookPath(string path, out string id, out string token)
    {
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        (id, token) = segments switch
        {
            ["api", "webhooks", var i, var t] => (i, t),
            ["api", "v10", "webhooks", var i, var t] => (i, t),
            _ => ("", ""),
        };
        return DiscordOptions.IsSnowflake(id)
            && token.Length is > 0 and <= MaxTokenLength
            && token.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.');
    }
}
