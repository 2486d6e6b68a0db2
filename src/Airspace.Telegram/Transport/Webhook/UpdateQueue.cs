using System.Threading.Channels;
using Telegram.Bot.Types;

namespace Airspace.Telegram.Transport.Webhook;

/// <summary>Webhook updates waiting for the worker, so the endpoint answers Telegram at once.</summary>
internal sealed class UpdateQueue
{
    public const int Capacity = 1000;

    private readonly Channel<Update> _channel = Channel.CreateBounded<Update>(new BoundedChannelOptions(Capacity)
    {
        SingleReader = true,
        FullMode = BoundedChannelFullMode.Wait,
    });

    /// <summary>False when full: the endpoint then answers 503 and Telegram delivers the update again later.</summary>
    public bool TryEnqueue(Update update) => _channel.Writer.TryWrite(update);

    public IAsyncEnumerable<Update> ReadAllAsync(CancellationToken ct) => _channel.Reader.ReadAllAsync(ct);
}
