using System.Text.Json.Nodes;

namespace Airspace.Discord.Tests.Fakes;

/// <summary>One REST request as the fake received it, with the status it answered.</summary>
public sealed record RecordedRequest(string Method, string Path, string? Authorization, string? UserAgent, string? ContentType, JsonNode? Body)
{
    public int Status { get; set; }

    /// <summary>The query string with its '?', or null.</summary>
    public string? Query { get; init; }
}
