using System.Globalization;
using Airspace.Core.Subscriptions;

namespace Airspace.Telegram.Sending;

/// <summary>A Telegram address (<c>telegram:&lt;chat id&gt;[/&lt;topic id&gt;]</c>) as the Bot API wants it.</summary>
internal readonly record struct ChatTarget(long ChatId, int? TopicId)
{
    public static bool TryParse(ChannelAddress address, out ChatTarget target)
    {
        target = default;
        if (address.Platform != ChannelAddress.Telegram)
        {
            return false;
        }

        var parts = address.Target.Split('/');
        if (parts.Length > 2 || !long.TryParse(parts[0], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var chat))
        {
            return false;
        }

        int? topic = null;
        if (parts.Length == 2)
        {
            if (!int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var t))
            {
                return false;
            }

            topic = t;
        }

        target = new ChatTarget(chat, topic);
        return true;
    }
}
