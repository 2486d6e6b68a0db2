namespace Airspace.Discord.Transport.Gateway;

/// <summary>
/// At most 120 gateway sends per connection per 60 seconds (more disconnects us). Heartbeats may use the whole
/// budget; everything else stops at <see cref="OtherLimit"/> so a heartbeat always has a slot.
/// </summary>
internal sealed class GatewaySendLimiter(TimeProvider time)
{
    public const int Limit = 120;
    public const int OtherLimit = 117;
    public static readonly TimeSpan Window = TimeSpan.FromSeconds(60);

    private readonly Lock _gate = new();
    private readonly Queue<DateTimeOffset> _sent = new();

    public async Task WaitAsync(bool heartbeat, CancellationToken ct)
    {
        while (true)
        {
            TimeSpan wait;
            lock (_gate)
            {
                var now = time.GetUtcNow();
                while (_sent.Count > 0 && now - _sent.Peek() >= Window)
                {
                    _sent.Dequeue();
                }

                if (_sent.Count < (heartbeat ? Limit : OtherLimit))
                {
                    _sent.Enqueue(now);
                    return;
                }

                wait = _sent.Peek() + Window - now;
            }

            await Task.Delay(wait, time, ct).ConfigureAwait(false);
        }
    }
}
