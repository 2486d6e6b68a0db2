using System.Collections.Concurrent;
using Airspace.Core.Publishing;

namespace Airspace.Feeds.Tests.Support;

/// <summary>A chat platform that accepts every post and remembers it (the console platform's address space).</summary>
public sealed class RecordingSender : IChatSender
{
    private long _next;

    public string Platform => "console";

    public ConcurrentQueue<Post> Posts { get; } = new();

    public Task<SendOutcome> SendAsync(Post post, CancellationToken ct)
    {
        Posts.Enqueue(post);
        return Task.FromResult<SendOutcome>(new SendOutcome.Delivered("m" + Interlocked.Increment(ref _next)));
    }
}
