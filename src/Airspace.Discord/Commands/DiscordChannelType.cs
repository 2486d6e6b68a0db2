namespace Airspace.Discord.Commands;

/// <summary>Discord's channel type codes (channel.type) that interaction handling tells apart.</summary>
internal static class DiscordChannelType
{
    public const int DirectMessage = 1;
    public const int AnnouncementThread = 10;
    public const int PublicThread = 11;
    public const int PrivateThread = 12;

    public static bool IsThread(int type) => type is AnnouncementThread or PublicThread or PrivateThread;
}
