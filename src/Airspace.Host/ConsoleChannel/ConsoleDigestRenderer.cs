using System.Text;
using Airspace.Core.Publishing;

namespace Airspace.Host.ConsoleChannel;

/// <summary>A daily digest for a terminal: the heading, then per article its title, link and one-line summary (one message: a terminal has no limit).</summary>
public static class ConsoleDigestRenderer
{
    private const string Rule = "────────────────────────────────────────────────────────────";

    public static string Render(Post post)
    {
        ArgumentNullException.ThrowIfNull(post);
        var text = new StringBuilder();
        text.AppendLine(Rule);
        text.Append("☰ ").AppendLine(DigestParts.Heading(post.Digest.Count));
        foreach (var article in post.Digest)
        {
            text.AppendLine();
            text.Append("• ").AppendLine(article.Title);
            if (article.Url is not null)
            {
                text.Append("  ").AppendLine(article.Url);
            }

            if (DigestParts.OneLineSummary(article) is { Length: > 0 } summary)
            {
                text.Append("  ").AppendLine(summary);
            }
        }

        text.AppendLine(Rule);
        return text.ToString();
    }
}
