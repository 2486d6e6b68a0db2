using System.Text;
using System.Text.RegularExpressions;

namespace Airspace.Core.Text;

/// <summary>Removes what news sites wrap around an article: dateline, author tag, related links, photo credits.</summary>
public static class SiteBoilerplate
{
    public const string AirspaceReviewSite = "airspace-review.com";

    // Longer lines are prose that happens to start like a credit, not a credit.
    private const int MaxCreditLineLength = 200;

    // Tags at the end are peeled one at a time: "-JDN-" followed by "Editor: X" is two.
    private const int MaxTrailingTags = 3;

    private static readonly string[] NotAuthors = ["end", "selesai", "habis", "tamat"];

    /// <summary>
    /// Strips a leading dateline ("AIRSPACE REVIEW (airspace-review.com) – ", "JAKARTA, KOMPAS.com - ",
    /// "Rimanews - "), a trailing author tag ("-JDN-", "(JDN)"), and whole lines that are related-article links
    /// ("Baca juga: …"), photo credits ("Foto: …") or captions ending in one ("Tim Cook, CEO Apple (Foto: Reuters)"). Works on normalised text; other lines are kept as they are.
    /// </summary>
    public static BoilerplateResult Strip(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = new List<string>();
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length > 0 && IsCreditOrLink(line))
            {
                continue;
            }

            lines.Add(line);
        }

        var site = StripDateline(lines);
        var author = StripAuthor(lines);
        return new BoilerplateResult(Join(lines), author, site);
    }

    private static bool IsCreditOrLink(string line) =>
        BoilerplatePatterns.RelatedLink().IsMatch(line)
        || (line.Length <= MaxCreditLineLength
            && (BoilerplatePatterns.PhotoCredit().IsMatch(line) || BoilerplatePatterns.TrailingPhotoCredit().IsMatch(line)));

    private static string? StripDateline(List<string> lines)
    {
        var index = lines.FindIndex(l => l.Length > 0);
        if (index < 0)
        {
            return null;
        }

        var line = lines[index];
        var airspace = BoilerplatePatterns.AirspaceDateline().Match(line);
        if (airspace.Success)
        {
            lines[index] = line[airspace.Length..];
            return AirspaceReviewSite;
        }

        Regex[] generic =
        [
            BoilerplatePatterns.CapitalPlaceDateline(),
            BoilerplatePatterns.TitlePlaceDateline(),
            BoilerplatePatterns.PlaceOutletDateline(),
            BoilerplatePatterns.DomainDateline(),
            BoilerplatePatterns.CapitalPlaceOnlyDateline(),
            BoilerplatePatterns.OutletOnlyDateline(),
        ];
        foreach (var pattern in generic)
        {
            var match = pattern.Match(line);
            if (!match.Success || match.Length == line.Length)
            {
                continue;
            }

            lines[index] = line[match.Length..];
            var domain = BoilerplatePatterns.Domain().Match(match.Value);
            return domain.Success ? domain.Groups["domain"].Value.ToLowerInvariant() : null;
        }

        return null;
    }

    private static string? StripAuthor(List<string> lines)
    {
        string? author = null;
        for (var tag = 0; tag < MaxTrailingTags; tag++)
        {
            var index = lines.FindLastIndex(l => l.Length > 0);
            if (index < 0)
            {
                break;
            }

            var line = lines[index];
            if (TryWholeLineAuthor(line, out var found))
            {
                lines.RemoveAt(index);
                author ??= found;
                continue;
            }

            var glued = BoilerplatePatterns.TrailingAuthorTag().Match(line);
            if (glued.Success)
            {
                lines[index] = line[..glued.Index].TrimEnd();
                author ??= AuthorOrNull(glued.Groups["author"].Value);
            }

            break;
        }

        return author;
    }

    private static bool TryWholeLineAuthor(string line, out string? author)
    {
        author = null;
        var match = BoilerplatePatterns.DashAuthorLine().Match(line);
        if (!match.Success)
        {
            match = BoilerplatePatterns.BracketAuthorLine().Match(line);
        }

        if (match.Success)
        {
            author = AuthorOrNull(match.Groups["author"].Value);
            return true;
        }

        match = BoilerplatePatterns.LabelledAuthorLine().Match(line);
        if (!match.Success)
        {
            return false;
        }

        var label = match.Groups["label"].Value;
        var isEditor = label.Equals("editor", StringComparison.OrdinalIgnoreCase)
            || label.Equals("penyunting", StringComparison.OrdinalIgnoreCase);
        author = isEditor ? null : AuthorOrNull(match.Groups["author"].Value);
        return true;
    }

    private static string? AuthorOrNull(string value)
    {
        var author = value.Trim();
        return author.Length == 0 || NotAuthors.Contains(author, StringComparer.OrdinalIgnoreCase) ? null : author;
    }

    /// <summary>Joins lines back, dropping blank lines at the ends and keeping at most one blank line in between.</summary>
    private static string Join(List<string> lines)
    {
        var sb = new StringBuilder();
        var pendingBlank = false;
        foreach (var line in lines)
        {
            if (line.Length == 0)
            {
                pendingBlank = sb.Length > 0;
                continue;
            }

            if (sb.Length > 0)
            {
                sb.Append(pendingBlank ? "\n\n" : "\n");
            }

            sb.Append(line);
            pendingBlank = false;
        }

        return sb.ToString();
    }
}
