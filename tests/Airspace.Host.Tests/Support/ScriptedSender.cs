using System.Collections.Concurrent;
using Airspace.Core.Publishing;

namespace Airspace.Host.Tests.Support;

/// <summary>A platform sender whose answers per channel are scripted; it records every post it accepted.</summary>
public sealed class ScriptedSender(string platform) : IChatSender
{
    private readonly ConcurrentDictionary<string, ConcurrentQueue<Func<SendOutcome>>> _scripts = new();

    public string Platform => platform;

    public ConcurrentQueue<Post> Attempts { get; } = new();

    public ConcurrentQueue<Post> Delivered { get; } = new();

    public void Script(string address, params Func<SendOutcome>[] outcomes)
    {
        var queue = _scripts.GetOrAdd(address, _ => new ConcurrentQueue<Func<SendOutcome>>());
        foreach (var outcome in outcomes)
        {
            queue.Enqueue(outcome);
        }
    }

    public Task<SendOutcome> SendAsync(Post post, CancellationToken ct)
    {
        Attempts.Enqueue(post);
        var outcome = _scripts.TryGetValue(post.Address.ToString(), out var queue) && queue.TryDequeue(out var next)
            ? next()
            : new SendOutcome.Delivered($"{post.Address}#{post.DeliveryId}");
        if (outcome is SendOutcome.Delivered)
        {
            Delivered.Enqueue(post);
        }

        return Task.FromResult(outcome);
    }
}
