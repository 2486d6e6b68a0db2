using System.Collections.Concurrent;
using Airspace.Core.Publishing;

namespace Airspace.Storage.Contract.Dispatching;

/// <summary>A platform sender answering from a script per channel (delivered when nothing is scripted), optionally held until released.</summary>
internal sealed class ScriptedSender(string platform) : IChatSender
{
    private readonly ConcurrentDictionary<string, ConcurrentQueue<SendOutcome>> _scripts = new();
    private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private volatile bool _held;

    public string Platform => platform;

    public ConcurrentQueue<Post> Attempts { get; } = new();

    public ConcurrentQueue<Post> Delivered { get; } = new();

    public void Script(string address, params SendOutcome[] outcomes)
    {
        var queue = _scripts.GetOrAdd(address, _ => new ConcurrentQueue<SendOutcome>());
        foreach (var outcome in outcomes)
        {
            queue.Enqueue(outcome);
        }
    }

    /// <summary>Every send waits until <see cref="Release"/>: a platform that does not answer.</summary>
    public void Hold() => _held = true;

    public void Release() => _released.TrySetResult();

    /// <summary>Called as each send starts (e.g. to move a role away mid-batch).</summary>
    public Action<Post>? Sending { get; set; }

    public async Task<SendOutcome> SendAsync(Post post, CancellationToken ct)
    {
        Attempts.Enqueue(post);
        Sending?.Invoke(post);
        if (_held)
        {
            await _released.Task.WaitAsync(ct);
        }

        var outcome = _scripts.TryGetValue(post.Address.ToString(), out var queue) && queue.TryDequeue(out var next)
            ? next
            : new SendOutcome.Delivered($"{post.Address}#{post.DeliveryId}");
        if (outcome is SendOutcome.Delivered)
        {
            Delivered.Enqueue(post);
        }

        return outcome;
    }
}
