using System.Globalization;
using System.Text.RegularExpressions;
using Airspace.Core.Localization;

namespace Airspace.Search.Querying;

/// <summary>
/// Takes the filters out of a query's text: <c>source:airspace-review.com</c>, <c>category:militer</c>,
/// <c>after:2023-01-01</c>, <c>before:2023-09</c> (also <c>sumber:</c>, <c>kategori:</c>, <c>sejak:</c>,
/// <c>sebelum:</c>; values may be quoted: <c>source:"CNN Indonesia"</c>). Dates are UTC days, months or years.
/// An unreadable date is dropped with a notice; nothing here throws.
/// </summary>
internal static partial class FilterSyntax
{
    public static string BadDateNotice(string key, string value) => ChatText.Format("searchNotice.badDate", key, value);

    /// <summary>The text without its filters, the filters, and notices about any that were dropped.</summary>
    public static (string Remaining, SearchFilters Filters) Extract(string text, List<string> notices)
    {
        var sources = new List<string>();
        var categories = new List<string>();
        DateTimeOffset? after = null;
        DateTimeOffset? before = null;
        var rest = Filter().Replace(text, match =>
        {
            var key = match.Groups["key"].Value.ToLowerInvariant();
            var value = (match.Groups["quoted"].Success ? match.Groups["quoted"].Value : match.Groups["bare"].Value).Trim();
            if (value.Length == 0)
            {
                return " ";
            }

            switch (key)
            {
                case "source" or "sumber":
                    sources.Add(value.ToLowerInvariant());
                    break;
                case "category" or "kategori":
                    categories.Add(value.ToLowerInvariant());
                    break;
                default:
                    if (ParseDate(value) is not { } date)
                    {
                        notices.Add(BadDateNotice(key, value));
                    }
                    else if (key is "after" or "sejak")
                    {
                        after = after is null || date > after ? date : after;
                    }
                    else
                    {
                        before = before is null || date < before ? date : before;
                    }

                    break;
            }

            return " ";
        });

        var filters = new SearchFilters(sources.Distinct().ToList(), categories.Distinct().ToList(), after, before);
        return (rest, filters.IsEmpty ? SearchFilters.None : filters);
    }

    /// <summary>The start (00:00 UTC) of a day, month or year written as yyyy-MM-dd, yyyy-MM or yyyy.</summary>
    internal static DateTimeOffset? ParseDate(string value)
    {
        foreach (var format in (string[])["yyyy-MM-dd", "yyyy-MM", "yyyy"])
        {
            if (DateTime.TryParseExact(value, format, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var date))
            {
                return new DateTimeOffset(DateTime.SpecifyKind(date, DateTimeKind.Utc));
            }
        }

        return null;
    }

    [GeneratedRegex(
        @"(?<![\p{L}\p{N}])(?<key>source|sumber|category|kategori|after|sejak|before|sebelum):(?:[""\u201C\u201D](?<quoted>[^""\u201C\u201D]*)[""\u201C\u201D]|(?<bare>[^\s""\u201C\u201D]+))",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Filter();
}
