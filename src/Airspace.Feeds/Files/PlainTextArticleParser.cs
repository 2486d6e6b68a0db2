using System.Text.RegularExpressions;
using Airspace.Core.Articles;

namespace Airspace.Feeds.Files;

/// <summary>
/// The source-document form of the Airspace Review corpus: no title line, one paragraph a line, the dateline on
/// the first line and the author tag last. Both stay in the text; Core strips them when it normalises.
/// </summary>
internal static partial class PlainTextArticleParser
{
    public const string AirspaceReviewSource = "airspace-review.com";

    public static ArticleDraft Parse(string path, string content, string defaultSource)
    {
        var text = PlainText.Normalize(content);
        if (text.Length == 0)
        {
            throw new ArticleFormatException("no article text");
        }

        return new ArticleDraft
        {
            Source = AirspaceReviewDateline().IsMatch(text) ? AirspaceReviewSource : defaultSource,
            ExternalId = ArticleFileName.Stem(path),
            Text = text,
            Published = ArticleFileName.DatePrefix(path),
        };
    }

    // "AIRSPACE REVIEW (airspace-review.com) – …" or "AIRSPACE-REVIEW.com – …", in any case.
    [GeneratedRegex(@"^(?:AIRSPACE[ -]REVIEW\s*\(\s*airspace-review\.com\s*\)|AIRSPACE-REVIEW\.com\b)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AirspaceReviewDateline();
}
