using System.Collections.Concurrent;
using Airspace.Core.Publishing;
using Airspace.Core.Subscriptions;

namespace Airspace.Host.Tests.Support;

/// <summary>
/// A platform sender that holds sends until <see cref="Open"/> (or until cancelled, as a shutdown would): a platform
/// that is slow, rate-limited or unreachable, as far as the dispatcher can tell. With <paramref name="holds"/>, only
/// the sends to the addresses it selects are held; the others go straight through.
/// </summary>
public sealed class BlockingSender(string platform, Func<ChannelAddress, bool>? holds = null) : IChatSender
{
    private readonly TaskCompletionSource _gate = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public string Platform => platform;

    /// <summary>Every send that reached this sender (and is held, or was let through).</summary>
    public ConcurrentQueue<Post> Started { get; } = new();

    public ConcurrentQueue<Post> Delivered { get; } = new();

    public void Open() => _gate.TrySetResult();

    public async Task<SendOutcome> SendAsync(Post post, CancellationToken ct)
    {
        Started.Enqueue(post);
        if (holds is null || holds(post.Address))
        {
            await _gate.Task.WaitAsync(ct);
        }

        Delivered.Enqueue(post);
        return new SendOutcome.Delivered($"{post.Address}#{post.DeliveryId}");
    }
}
