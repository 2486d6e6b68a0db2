namespace Airspace.Discord.Tests.Fakes;

/// <summary>A channel webhook the fake knows; its messages land in <see cref="FakeDiscord.Messages"/> under <see cref="ChannelId"/>.</summary>
public sealed class FakeWebhook(string id, string token, string channelId, string url)
{
    public string Id => id;
    public string Token => token;
    public string ChannelId => channelId;

    /// <summary>The URL as Discord's "Copy Webhook URL" gives it: unversioned, <c>…/api/webhooks/{id}/{token}</c>.</summary>
    public string Url => url;

    /// <summary>Deleted in Discord: every call answers 404 Unknown Webhook.</summary>
    public bool Deleted { get; set; }
}
