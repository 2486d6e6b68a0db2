namespace Airspace.Core.Publishing;

/// <summary>What a chat sender posts (or edits): an article's alert for one channel.</summary>
public sealed record Post
{
    public required DeliveryId DeliveryId { get; init; }
    public required ChannelAddress Address { get; init; }
    public required Article Article { get; init; }
    public required DeliveryKind Kind { get; init; }
    /// <summary>For edits: the platform id of the message to edit.</summary>
    public string? MessageId { get; init; }
    /// <summary>
    /// For a digest: its articles, oldest first (<see cref="Article"/> is the first). <see cref="MessageId"/> then holds
    /// the ids of the parts already posted, comma-separated: the sender posts the next part only.
    /// </summary>
    public IReadOnlyList<Article> Digest { get; init; } = [];
    /// <summary>
    /// For a digest: every article it planned, in order, those deleted since included (empty: <see cref="Digest"/>'s).
    /// The parts posted count positions in this list, so a deleted article never moves a part's boundary.
    /// </summary>
    public IReadOnlyList<ArticleId> DigestPlan { get; init; } = [];
    /// <summary>The language of the alert's fixed labels (the subscription's); null: <c>Airspace:Chat:Language</c>.</summary>
    public string? Language { get; init; }
}
