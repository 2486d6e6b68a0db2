using System.Collections.Concurrent;
using System.Text.Json;
using Airspace.Discord.Transport.Gateway;

namespace Airspace.Discord.Tests.Support;

/// <summary>Records the dispatches the gateway client passes on.</summary>
internal sealed class RecordingDispatchHandler : IGatewayDispatchHandler
{
    public ConcurrentQueue<(string Name, JsonElement Data)> Events { get; } = new();

    public IEnumerable<int> Numbers => Events.Where(e => e.Name == "TEST_EVENT").Select(e => e.Data.GetProperty("n").GetInt32());

    public ValueTask HandleAsync(string eventName, JsonElement data, CancellationToken ct)
    {
        Events.Enqueue((eventName, data.Clone()));
        return ValueTask.CompletedTask;
    }
}
