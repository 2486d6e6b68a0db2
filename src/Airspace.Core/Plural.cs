using System.Globalization;

namespace Airspace.Core;

/// <summary>Counts in words for the CLI: "1 article", "2 articles", "1 delivery", "3 deliveries".</summary>
public static class Plural
{
    public static string Count(long count, string singular, string? plural = null) =>
        count.ToString(CultureInfo.InvariantCulture) + " " + (count == 1 ? singular : plural ?? singular + "s");
}
