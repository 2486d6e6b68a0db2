using System.Globalization;

namespace Airspace.Core.Publishing;

/// <summary>Keyword filters of subscriptions: any keyword, matched case- and accent-insensitively as a word prefix.</summary>
public static class SubscriptionFilter
{
    private static readonly CompareInfo Compare = CultureInfo.InvariantCulture.CompareInfo;
    private const CompareOptions Options = CompareOptions.IgnoreCase | CompareOptions.IgnoreNonSpace;

    public static bool Matches(Article article, Subscription subscription)
    {
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
