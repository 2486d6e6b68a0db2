using Airspace.Core.Commands;
using Airspace.Core.Publishing;

namespace Airspace.Telegram.Rendering;

/// <summary>
/// A daily digest: the heading, then per article its linked title, source · date · id and one-line summary, packed by
/// <see cref="ReplyRenderer"/> into as few messages as Telegram's 4096 characters allow (split between articles only).
/// </summary>
internal static class DigestRenderer
{
    public static IReadOnlyList<OutgoingMessage> Render(Post post)
    {
        ArgumentNullException.ThrowIfNull(post);
        var reply = new Reply
        {
            Text = DigestParts.Heading(post.Digest.Count),
            Articles = [.. post.Digest.Select(a => ReplyArticle.From(a) with { Summary = DigestParts.OneLineSummary(a) })],
        };
        return ReplyRenderer.Render(reply);
    }
}
