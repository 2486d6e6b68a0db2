using System.Text.Json.Nodes;

namespace Airspace.Discord.Tests.Fakes;

/// <summary>A message the fake holds for a channel; edits replace <see cref="Body"/>.</summary>
public sealed class FakeMessage(string id, string channelId, string? nonce, JsonObject body)
{
    public string Id => id;
    public string ChannelId => channelId;
    public string? Nonce => nonce;
    public JsonObject Body { get; set; } = body;
    public int Edits { get; set; }
}
