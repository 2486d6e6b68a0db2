using System.Text.Json.Nodes;

namespace Airspace.Discord.Tests.Fakes;

/// <summary>An interaction the fake created; records its first response, edits of @original and follow-ups.</summary>
public sealed class FakeInteraction(string id, string token, TimeSpan createdAt)
{
    private readonly Lock _gate = new();

    public string Id => id;
    public string Token => token;
    public TimeSpan CreatedAt => createdAt;

    public int? ResponseType { get; private set; }
    public JsonNode? ResponseData { get; private set; }
    public List<JsonObject> Edits { get; } = [];
    public List<JsonObject> FollowUps { get; } = [];
    public int RefusedCallbacks { get; set; }

    /// <summary>The message the user finally sees: the last edit of @original, else the first response's data.</summary>
    public JsonObject? Visible
    {
        get
        {
            lock (_gate)
            {
                return Edits.Count > 0 ? Edits[^1] : ResponseData as JsonObject;
            }
        }
    }

    internal bool TryAcknowledge(int type, JsonNode? data)
    {
        lock (_gate)
        {
            if (ResponseType is not null)
            {
                return false;
            }

            ResponseType = type;
            ResponseData = data;
            return true;
        }
    }

    internal void AddEdit(JsonObject body)
    {
        lock (_gate)
        {
            Edits.Add(body);
        }
    }

    internal void AddFollowUp(JsonObject body)
    {
        lock (_gate)
        {
            FollowUps.Add(body);
        }
    }
}
