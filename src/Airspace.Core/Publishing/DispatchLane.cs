namespace Airspace.Core.Publishing;

/// <summary>
/// One dispatch lane: the deliveries of one platform, or of one Discord webhook. Each lane claims and sends on its
/// own, with its own concurrency, so a slow or rate-limited platform never delays another's alerts. A webhook is a
/// lane of its own because Discord rate-limits each webhook separately, and one webhook is one channel.
/// </summary>
public readonly record struct DispatchLane
{
    private DispatchLane(string key, string platform)
    {
        Key = key;
        Platform = platform;
    }

    /// <summary>
    /// <c>telegram</c>, <c>discord</c>, <c>console</c>, or <c>discord-webhook:&lt;name&gt;</c>: the lane holds the address
    /// equal to its key and every address that starts with the key and a colon.
    /// </summary>
    public string Key { get; }

    /// <summary>The platform whose sender serves this lane (and whose settings apply to it).</summary>
    public string Platform { get; }

    public static DispatchLane For(ChannelAddress address) =>
        address.Platform == ChannelAddress.DiscordWebhook
            ? new DispatchLane(address.ToString(), address.Platform)
            : new DispatchLane(address.Platform, address.Platform);

    public override string ToString() => Key;
}
