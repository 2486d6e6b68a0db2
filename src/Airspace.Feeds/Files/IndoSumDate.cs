using System.Globalization;

namespace Airspace.Feeds.Files;

/// <summary>
/// IndoSum records carry no date field, but their ids start with the article's Unix time
/// ("1490674536-mustahil-…"). Reading it gives /latest and date filters the articles' real order, for every import
/// path alike (seeding, <c>airspace import</c>, the inbox).
/// </summary>
internal static class IndoSumDate
{
    // 2001-09-09 (the first 10-digit second) to 2100-01-01: beyond that a leading number is not a news timestamp.
    private const long Latest = 4_102_444_800;

    public static DateTimeOffset? FromId(string? id)
    {
        if (id is null || id.Length < 12 || id[10] != '-'
            || !long.TryParse(id.AsSpan(0, 10), NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            || seconds > Latest)
        {
            return null;
        }

        return DateTimeOffset.FromUnixTimeSeconds(seconds);
    }
}
