using System.Text.RegularExpressions;

namespace Airspace.Benchmarks.Corpus;

/// <summary>
/// The headline of an IndoSum article, read back from the slug of its address
/// ("https://…/marsekal-hadi-tjahjanto-serahkan-jabatan-ksau-ke-yuyu-sutisna" → "marsekal hadi tjahjanto serahkan jabatan
/// ksau ke yuyu sutisna"). The corpus has no title field, and a title derived from the lead sentence repeats the body,
/// which makes title boosts look better than they are.
/// </summary>
public static partial class SlugTitle
{
    public static string? From(string? url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            return null;
        }

        // The slug is the segment with the most words: goal.com puts an id or "laporan" after it.
        var slug = uri.AbsolutePath.Split('/')
            .Select(s => Extension().Replace(s, string.Empty))
            .Reverse()
            .MaxBy(s => s.Count(c => c == '-')) ?? string.Empty;
        slug = LeadingNumber().Replace(slug, string.Empty);
        var title = string.Join(' ', Separator().Split(Uri.UnescapeDataString(slug)).Where(w => w.Length > 0));
        return title.Length == 0 || !title.Any(char.IsLetter) ? null : title;
    }

    [GeneratedRegex(@"\.(html?|php|aspx?)$", RegexOptions.IgnoreCase)]
    private static partial Regex Extension();

    /// <summary>Some sites put the article number first ("1822696-kalahkan-vita-solo-…").</summary>
    [GeneratedRegex(@"^\d{4,}[-.]")]
    private static partial Regex LeadingNumber();

    [GeneratedRegex(@"[-_.+]+")]
    private static partial Regex Separator();
}
