using System.Globalization;
using System.Text.RegularExpressions;
using Airspace.Feeds.Parsing;
using static Airspace.Feeds.Tests.Conformance.ExpectationEvaluator;

namespace Airspace.Feeds.Tests.Conformance;

/// <summary>feedparser paths onto our contract's fields (see <see cref="ExpectationEvaluator"/> for the rules).</summary>
internal static partial class FieldMap
{
    public static Value Read(List<string> path, ParsedFeed? feed, bool literalText)
    {
        Func<string, string> text = literalText ? Collapse : PlainFromHtml;
        if (path is ["feed", var field])
        {
            return field switch
            {
                "title" => Value.OurText(feed?.Title, text),
                "link" => Value.OurText(feed?.Link, Exact),
                _ => throw new UnmappableException(),
            };
        }

        if (path.Count < 3 || path[0] != "entries" || !int.TryParse(path[1], CultureInfo.InvariantCulture, out var index))
        {
            throw new UnmappableException();
        }

        var item = feed is not null && index < feed.Items.Count ? feed.Items[index] : null;
        return path.Skip(2).ToList() switch
        {
            ["title"] => Value.OurText(item?.Title, text),
            ["link"] => Value.OurText(item?.Link, Exact),
            ["id"] or ["guid"] => Value.OurText(item?.Id, Exact),
            ["summary"] or ["description"] => Value.OurText(Collapse(item?.Summary), text),
            ["content", "0", "value"] => Value.OurText(Collapse(item?.Content), text),
            ["author"] => Value.OurText(item?.Author, AuthorName),
            ["author_detail", "name"] or ["authors", "0", "name"] => Value.OurText(item?.Author, Exact),
            ["published"] or ["published_parsed"] => Value.Date(item?.Published),
            ["updated"] or ["updated_parsed"] => Value.Date(item?.Updated),
            ["category"] => Value.OurText(item?.Categories.FirstOrDefault(), Collapse),
            ["tags", var k, "term"] when int.TryParse(k, CultureInfo.InvariantCulture, out var n) =>
                Value.OurText(item is not null && n < item.Categories.Count ? item.Categories[n] : null, Collapse),
            _ => throw new UnmappableException(),
        };
    }

    public static DateTimeOffset? ParseDate(string text) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var value)
            ? value.ToUniversalTime()
            : DateTimeOffset.TryParse(text.Replace("GMT", "+00:00", StringComparison.Ordinal), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out value)
                ? value.ToUniversalTime()
                : null;

    private static string Collapse(string? text) => text is null ? "" : ExpectationEvaluator.Collapse(text);

    private static string Exact(string text) => text;

    /// <summary>"Name (email)" → "Name": our author is a display name.</summary>
    private static string AuthorName(string text)
    {
        var name = Collapse(Email().Replace(text, "").Replace("()", "", StringComparison.Ordinal).Replace("<>", "", StringComparison.Ordinal));
        return name.Length > 0 ? name : text;
    }

    [GeneratedRegex(@"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")]
    private static partial Regex Email();
}
