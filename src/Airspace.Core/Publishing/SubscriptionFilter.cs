using System.Globalization;

namespace Airspace.Core.Publishing;

/// <summary>
/// What a subscription receives: articles of the sources it follows (all when it names none) that mention one of its
/// keywords (any), matched case- and accent-insensitively as a word prefix.
/// </summary>
public static class SubscriptionFilter
{
    private static readonly CompareInfo Compare = CultureInfo.InvariantCulture.CompareInfo;
    private const CompareOptions Options = CompareOptions.IgnoreCase | CompareOptions.IgnoreNonSpace;

    /// <summary>Both rules; <paramref name="feeds"/> are the names of the sources the bot follows now (case-insensitive).</summary>
    public static bool Matches(Article article, Subscription subscription, IReadOnlySet<string> feeds) =>
        Follows(subscription, SourceOf(article, feeds)) && MatchesKeywords(article, subscription);

    /// <summary>
    /// The source an article belongs to: the feed named by its <see cref="Article.Source"/>, else the built-in
    /// <see cref="InboxSource"/> (articles imported by hand or through the inbox, whatever source their file names).
    /// </summary>
    public static string SourceOf(Article article, IReadOnlySet<string> feeds)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(feeds);
        return feeds.Contains(article.Source) ? article.Source : InboxSource.Name;
    }

    /// <summary>Whether the subscription follows the source (every source when it names none).</summary>
    public static bool Follows(Subscription subscription, string source)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        return subscription.Sources is null || subscription.Sources.Contains(source, StringComparer.OrdinalIgnoreCase);
    }

    public static bool MatchesKeywords(Article article, Subscription subscription)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(subscription);
        if (subscription.Keywords.Count == 0)
        {
            return true;
        }

        return subscription.Keywords.Any(keyword =>
            ContainsWord(article.Title, keyword)
            || ContainsWord(article.Body, keyword)
            || article.Categories.Any(c => ContainsWord(c, keyword)));
    }

    private static bool ContainsWord(string text, string keyword)
    {
        var start = 0;
        while (start < text.Length)
        {
            var index = Compare.IndexOf(text, keyword, start, Options);
            if (index < 0)
            {
                return false;
            }

            // A keyword must start a word: "F-16" matches "F-16V" but "AS" does not match "pasukan".
            if (index == 0 || !char.IsLetterOrDigit(text[index - 1]))
            {
                return true;
            }

            start = index + 1;
        }

        return false;
    }
}
