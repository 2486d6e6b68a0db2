using System.Text.Json;

namespace Airspace.Discord.Transport.Wire;

/// <summary>The gateway envelope <c>{op, d, s, t}</c>; <c>s</c> and <c>t</c> are set only for dispatches (op 0).</summary>
internal sealed record GatewayPayload
{
    public int Op { get; init; }
    public JsonElement D { get; init; }
    public long? S { get; init; }
    public string? T { get; init; }
}

/// <summary>What we send: <c>{op, d}</c>.</summary>
internal sealed record GatewayCommand(int Op, object? D);

internal sealed record IdentifyData(string Token, int Intents, IdentifyProperties Properties);

internal sealed record IdentifyProperties(string Os, string Browser, string Device);

internal sealed record ResumeData(string Token, string SessionId, long? Seq);

internal sealed record HelloData
{
    public int HeartbeatInterval { get; init; }
}

internal sealed record ReadyData
{
    public string SessionId { get; init; } = "";
    public string ResumeGatewayUrl { get; init; } = "";
    public ApplicationInfo? Application { get; init; }
}
