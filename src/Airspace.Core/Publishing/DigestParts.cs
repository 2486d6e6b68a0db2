using System.Globalization;

namespace Airspace.Core.Publishing;

/// <summary>
/// A digest's progress through its parts, for senders: <see cref="Post.MessageId"/> lists the parts already posted,
/// each as <c>message id:planned articles it covered</c> (a plain id from before counts were recorded is counted by
/// rendering it again). The split is frozen as parts go out: the next part starts where the posted ones ended, so an
/// article changed or deleted meanwhile never moves a boundary, and every article goes out once, in order. The sender
/// posts the next part and answers <see cref="SendOutcome.PartSent"/> until the last one is out.
/// </summary>
public sealed record DigestParts(IReadOnlyList<string> Sent)
{
    public static DigestParts Of(Post post)
    {
        ArgumentNullException.ThrowIfNull(post);
        return new(post.MessageId is { Length: > 0 } ids ? ids.Split(',') : []);
    }

    /// <summary>The index of the part to post next.</summary>
    public int Next => Sent.Count;

    /// <summary>Every part is out: the message ids of the parts posted.</summary>
    public SendOutcome Done => new SendOutcome.Delivered(string.Join(',', Sent.Select(MessageIdOf)));

    /// <summary>
    /// The part to post next, rendered by <paramref name="render"/> from the articles after the parts already posted;
    /// null when every article is out (the rendering may have shrunk since: an article was removed).
    /// </summary>
    public DigestPart<T>? NextPart<T>(Post post, Func<DigestSlice, DigestPart<T>> render)
    {
        ArgumentNullException.ThrowIfNull(post);
        ArgumentNullException.ThrowIfNull(render);
        var plan = post.DigestPlan.Count > 0 ? post.DigestPlan : [.. post.Digest.Select(a => a.Id)];
        var articles = post.Digest.GroupBy(a => a.Id).ToDictionary(g => g.Key, g => g.First());
        var offset = 0;
        for (var part = 0; part <= Sent.Count && offset < plan.Count; part++)
        {
            var positions = Enumerable.Range(offset, plan.Count - offset).Where(i => articles.ContainsKey(plan[i])).ToList();
            if (positions.Count == 0)
            {
                return null;
            }

            var recorded = part < Sent.Count ? PlannedOf(Sent[part]) : null;
            if (recorded is { } planned)
            {
                offset += planned;
                continue;
            }

            var rendered = render(new DigestSlice(part, offset, [.. positions.Select(i => articles[plan[i]])]));
            var held = Math.Clamp(rendered.Articles, 1, positions.Count);
            var covered = (held == positions.Count ? plan.Count : positions[held]) - offset;
            if (part == Sent.Count)
            {
                return rendered with { Planned = covered, Last = held == positions.Count };
            }

            offset += covered;
        }

        return null;
    }

    /// <summary>The outcome once <paramref name="part"/> (from <see cref="NextPart{T}"/>) was posted as <paramref name="messageId"/>.</summary>
    public SendOutcome Posted<T>(string messageId, DigestPart<T> part)
    {
        ArgumentNullException.ThrowIfNull(part);
        return part.Last
            ? new SendOutcome.Delivered(string.Join(',', Sent.Select(MessageIdOf).Append(messageId)))
            : new SendOutcome.PartSent(string.Join(',', Sent.Append(string.Create(CultureInfo.InvariantCulture, $"{messageId}:{part.Planned}"))));
    }

    private static string MessageIdOf(string entry) => entry.Split(':')[0];

    private static int? PlannedOf(string entry) =>
        entry.Split(':') is [_, var count] && int.TryParse(count, NumberStyles.None, CultureInfo.InvariantCulture, out var planned) && planned > 0 ? planned : null;

    /// <summary>The digest's heading, before its list ("Daily digest: 3 new articles"), in the current chat language.</summary>
    public static string Heading(int count) => ChatText.Count(count, "digest.heading");

    /// <summary>One line of an article's summary for a digest: its first sentence (Core's sentence splitter).</summary>
    public static string OneLineSummary(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var first = SentenceSplitter.Split(article.Summary.Replace('\n', ' ')).FirstOrDefault() ?? "";
        return first.Trim();
    }
}
