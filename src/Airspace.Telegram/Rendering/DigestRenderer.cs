using Airspace.Core.Commands;
using Airspace.Core.Publishing;

namespace Airspace.Telegram.Rendering;

/// <summary>
/// A daily digest: the heading, then per article its linked title, source · date · id and one-line summary, packed by
/// <see cref="ReplyRenderer"/> into as few messages as Telegram's 4096 characters allow (split between articles only).
/// </summary>
internal static class DigestRenderer
{
    /// <summary>
    /// The next part of a digest: the heading (first part only), then as many of the slice's articles as one message
    /// holds, numbered on from the parts already posted.
    /// </summary>
    public static DigestPart<OutgoingMessage> Render(Post post, DigestSlice slice)
    {
        ArgumentNullException.ThrowIfNull(post);
        ArgumentNullException.ThrowIfNull(slice);
        var messages = Render(post, slice, slice.Articles.Count);
        if (messages.Count == 1)
        {
            return new(messages[0], slice.Articles.Count);
        }

        // Packing is greedy: the first message holds the longest run of articles that fits in one message.
        var fits = 1;
        var overflows = slice.Articles.Count;
        while (overflows - fits > 1)
        {
            var middle = (fits + overflows) / 2;
            if (Render(post, slice, middle).Count == 1)
            {
                fits = middle;
            }
            else
            {
                overflows = middle;
            }
        }

        return new(messages[0], fits);
    }

    private static IReadOnlyList<OutgoingMessage> Render(Post post, DigestSlice slice, int articles)
    {
        var reply = new Reply
        {
            Text = slice.Part == 0 ? DigestParts.Heading(post.Digest.Count) : "",
            Articles = [.. slice.Articles.Take(articles).Select(a => ReplyArticle.From(a) with { Summary = DigestParts.OneLineSummary(a) })],

            // Numbered on from the parts already posted (only the numbering of a reply reads its paging).
            Paging = slice.Offset == 0 ? null : new ReplyPaging("digest", "", Page: 2, PageCount: 2) { PageSize = slice.Offset },
        };
        return ReplyRenderer.Render(reply);
    }
}
