namespace Airspace.Core.Publishing;

public enum DeliveryKind
{
    /// <summary>First post of an article to a channel; at most one per (article, subscription).</summary>
    Post,
    /// <summary>Edit of an already-posted message after the article changed.</summary>
    Edit,
    /// <summary>A subscription's daily digest: the articles collected since its previous digest, in one or more messages.</summary>
    Digest,
}
