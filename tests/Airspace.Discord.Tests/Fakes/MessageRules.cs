using System.Text.Json.Nodes;

namespace Airspace.Discord.Tests.Fakes;

/// <summary>Discord's message and embed limits, checked the way the API does (400 with code 50035 and an errors object).</summary>
public static class MessageRules
{
    /// <summary>Null when valid; otherwise Discord's error JSON.</summary>
    public static JsonObject? Validate(JsonObject body, bool requireAllowedMentions)
    {
        var errors = new JsonObject();
        if (requireAllowedMentions && body["allowed_mentions"] is not JsonObject)
        {
            errors["allowed_mentions"] = Problem("REQUIRED", "This fake requires allowed_mentions on every message (ordinary messages parse every mention otherwise).");
        }

        var content = body["content"]?.GetValue<string>() ?? "";
        if (content.Trim().Length > 2000)
        {
            errors["content"] = Problem("BASE_TYPE_MAX_LENGTH", "Must be 2000 or fewer in length.");
        }

        if (body["nonce"] is JsonValue nonce && nonce.ToString().Length > 25)
        {
            errors["nonce"] = Problem("BASE_TYPE_MAX_LENGTH", "Must be 25 or fewer in length.");
        }

        var embeds = body["embeds"] as JsonArray ?? [];
        if (embeds.Count > 10)
        {
            errors["embeds"] = Problem("BASE_TYPE_MAX_LENGTH", "Must be 10 or fewer in length.");
        }

        var total = 0;
        for (var i = 0; i < embeds.Count; i++)
        {
            if (embeds[i] is JsonObject embed)
            {
                total += ValidateEmbed(embed, i, errors);
            }
        }

        if (total > 6000)
        {
            errors["embeds"] = Problem("MAX_EMBED_SIZE_EXCEEDED", "Embed size exceeds maximum size of 6000");
        }

        foreach (var row in body["components"] as JsonArray ?? [])
        {
            var buttons = row?["components"] as JsonArray ?? [];
            if (buttons.Count is < 1 or > 5 || buttons.Any(b => (b?["custom_id"]?.GetValue<string>().Length ?? 0) is < 1 or > 100))
            {
                errors["components"] = Problem("COMPONENT_INVALID", "Action rows hold 1–5 buttons with a custom_id of 1–100 characters.");
            }
        }

        return errors.Count == 0 ? null : new JsonObject { ["code"] = 50035, ["message"] = "Invalid Form Body", ["errors"] = errors };
    }

    public static bool IsEmpty(JsonObject body) =>
        string.IsNullOrWhiteSpace(body["content"]?.GetValue<string>()) && (body["embeds"] as JsonArray ?? []).Count == 0;

    private static int ValidateEmbed(JsonObject embed, int index, JsonObject errors)
    {
        var title = Length(embed["title"]);
        var description = Length(embed["description"]);
        var footer = Length(embed["footer"]?["text"]);
        var author = Length(embed["author"]?["name"]);
        var fields = embed["fields"] as JsonArray ?? [];
        var fieldTotal = 0;
        Check(title <= 256, $"embeds.{index}.title", "Must be 256 or fewer in length.");
        Check(description <= 4096, $"embeds.{index}.description", "Must be 4096 or fewer in length.");
        Check(footer <= 2048, $"embeds.{index}.footer.text", "Must be 2048 or fewer in length.");
        Check(author <= 256, $"embeds.{index}.author.name", "Must be 256 or fewer in length.");
        Check(fields.Count <= 25, $"embeds.{index}.fields", "Must be 25 or fewer in length.");
        for (var f = 0; f < fields.Count; f++)
        {
            var name = Length(fields[f]?["name"]);
            var value = Length(fields[f]?["value"]);
            Check(name is >= 1 and <= 256, $"embeds.{index}.fields.{f}.name", "Must be between 1 and 256 in length.");
            Check(value is >= 1 and <= 1024, $"embeds.{index}.fields.{f}.value", "Must be between 1 and 1024 in length.");
            fieldTotal += name + value;
        }

        if (embed["url"] is JsonValue url && !Uri.TryCreate(url.GetValue<string>(), UriKind.Absolute, out _))
        {
            errors[$"embeds.{index}.url"] = Problem("URL_TYPE_INVALID_URL", "Not a well formed URL.");
        }

        return title + description + footer + author + fieldTotal;

        void Check(bool ok, string key, string message)
        {
            if (!ok)
            {
                errors[key] = Problem("BASE_TYPE_MAX_LENGTH", message);
            }
        }
    }

    private static int Length(JsonNode? node) => node is JsonValue value ? value.GetValue<string>().Trim().Length : 0;

    private static JsonObject Problem(string code, string message) =>
        new() { ["_errors"] = new JsonArray(new JsonObject { ["code"] = code, ["message"] = message }) };
}
