using System.Xml.Linq;

namespace Airspace.Feeds.Parsing;

/// <summary>Relative links resolved against <c>xml:base</c> (nested ones too) and the document's own URL.</summary>
internal static class FeedUrls
{
    /// <summary>The base URI in effect at <paramref name="element"/>.</summary>
    public static Uri? BaseOf(XElement element, Uri? document)
    {
        var bases = element.AncestorsAndSelf()
            .Select(e => e.Attribute(FeedNamespaces.Xml + "base")?.Value.Trim())
            .OfType<string>()
            .Reverse();
        var current = document;
        foreach (var value in bases)
        {
            current = Combine(current, value) ?? current;
        }

        return current;
    }

    /// <summary>An absolute http(s) URL, the value as written when it is relative and nothing resolves it, or null.</summary>
    public static string? Resolve(string? href, XElement context, Uri? document) => Resolve(href, BaseOf(context, document));

    public static string? Resolve(string? href, Uri? baseUri)
    {
        var value = href?.Trim();
        if (string.IsNullOrEmpty(value) || value.Any(char.IsControl))
        {
            return null;
        }

        // An absolute link is kept as written (feeds' links are identities too); only relative ones are rebuilt.
        if (Uri.TryCreate(value, UriKind.Absolute, out var absolute) && !IsImplicitFile(value))
        {
            return IsWeb(absolute) ? value : null;
        }

        if (baseUri is null)
        {
            return value.Contains(':', StringComparison.Ordinal) && !value.StartsWith('/') ? null : value;
        }

        return Combine(baseUri, value) is { } resolved && IsWeb(resolved) ? resolved.AbsoluteUri : null;
    }

    public static bool IsWeb(Uri uri) => uri.IsAbsoluteUri && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);

    private static Uri? Combine(Uri? baseUri, string value)
    {
        if (Uri.TryCreate(value, UriKind.Absolute, out var absolute) && !IsImplicitFile(value))
        {
            return absolute;
        }

        return baseUri is not null && Uri.TryCreate(baseUri, value, out var combined) ? combined : null;
    }

    // On Unix "/path" parses as an absolute file URI; in a feed it is a path relative to the base.
    private static bool IsImplicitFile(string value) => value.StartsWith('/') || value.StartsWith('\\');
}
