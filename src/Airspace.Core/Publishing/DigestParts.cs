namespace Airspace.Core.Publishing;

/// <summary>
/// A digest's progress through its parts, for senders: <see cref="Post.MessageId"/> lists the parts already posted,
/// the sender posts the next one and answers <see cref="SendOutcome.PartSent"/> until the last one is out.
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

    /// <summary>Every part is out (the rendering may have shrunk since: an article was removed).</summary>
    public SendOutcome? DoneIfNothingLeft(int total) => Next >= total ? new SendOutcome.Delivered(string.Join(',', Sent)) : null;

    /// <summary>The outcome once part <see cref="Next"/> of <paramref name="total"/> was posted as <paramref name="messageId"/>.</summary>
    public SendOutcome Posted(string messageId, int total)
    {
        var ids = string.Join(',', Sent.Append(messageId));
        return Next + 1 >= total ? new SendOutcome.Delivered(ids) : new SendOutcome.PartSent(ids);
    }

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
