using System.Text.Json;

namespace Airspace.Discord.Transport.Gateway;

/// <summary>Receives dispatches (op 0) other than READY/RESUMED. Must return quickly: it runs on the receive loop.</summary>
internal interface IGatewayDispatchHandler
{
    ValueTask HandleAsync(string eventName, JsonElement data, CancellationToken ct);
}
