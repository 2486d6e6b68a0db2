using System.Globalization;
using System.Numerics;

namespace Airspace.Discord.Commands;

/// <summary>Permission bits (topics/permissions.mdx) and checks on Discord's decimal-string bitfields.</summary>
internal static class DiscordPermissions
{
    public const ulong Administrator = 1UL << 3;
    public const ulong ManageChannels = 1UL << 4;
    public const ulong ViewChannel = 1UL << 10;
    public const ulong SendMessages = 1UL << 11;
    public const ulong EmbedLinks = 1UL << 14;
    public const ulong SendMessagesInThreads = 1UL << 38;

    /// <summary>The three permissions an alert needs (in a thread, Send Messages in Threads instead of Send Messages).</summary>
    public static ulong ForAlerts(bool thread) => ViewChannel | EmbedLinks | (thread ? SendMessagesInThreads : SendMessages);

    /// <summary>The names of the permissions in <paramref name="required"/> the bitfield lacks (none when it has Administrator).</summary>
    public static IReadOnlyList<string> Missing(string? bitfield, ulong required)
    {
        var granted = Parse(bitfield);
        if ((granted & Administrator) != 0)
        {
            return [];
        }

        var missing = required & ~granted;
        return Names.Where(n => (missing & n.Bit) != 0).Select(n => n.Name).ToArray();
    }

    public static bool Has(string? bitfield, ulong required) => Missing(bitfield, required).Count == 0;

    private static ulong Parse(string? bitfield) =>
        BigInteger.TryParse(bitfield, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? (ulong)(value & ulong.MaxValue)
            : 0;

    private static readonly (ulong Bit, string Name)[] Names =
    [
        (Administrator, "Administrator"),
        (ManageChannels, "Manage Channels"),
        (ViewChannel, "View Channel"),
        (SendMessages, "Send Messages"),
        (EmbedLinks, "Embed Links"),
        (SendMessagesInThreads, "Send Messages in Threads"),
    ];
}
