namespace Airspace.Core.Publishing;

/// <summary>A platform adapter's outgoing side. One per platform; the dispatcher picks by <see cref="Platform"/>.</summary>
public interface IChatSender
{
    /// <summary>The platform part of the addresses this sender serves (see <see cref="Subscriptions.ChannelAddress"/>).</summary>
    string Platform { get; }

    /// <summary>Posts <paramref name="post"/>, or edits <see cref="Post.MessageId"/> for an edit.</summary>
    Task<SendOutcome> SendAsync(Post post, CancellationToken ct);
}
