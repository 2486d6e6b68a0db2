using System.Text.Json;

namespace Airspace.Feeds.Files;

/// <summary>Typed, forgiving reads of one article object; a known field with an unusable type is an error.</summary>
internal readonly struct JsonFields(JsonElement item, string where)
{
    /// <summary>A string, or a WordPress-style <c>{"rendered": "…"}</c> object; null when absent or null.</summary>
    public string? String(string key)
    {
        if (!TryGet(key, out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Object when value.TryGetProperty("rendered", out var rendered)
                && rendered.ValueKind == JsonValueKind.String => rendered.GetString(),
            _ => throw WrongType(key, "a string", value),
        };
    }

    /// <summary>An id given as a string or a number.</summary>
    public string? Identifier(string key)
    {
        if (!TryGet(key, out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.String => PlainText.Line(value.GetString()),
            JsonValueKind.Number => value.GetRawText(),
            _ => throw WrongType(key, "a string or a number", value),
        };
    }

    /// <summary>A date string in any supported form, or Unix time; unparseable dates are absent.</summary>
    public DateTimeOffset? Date(string key)
    {
        if (!TryGet(key, out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.String => ArticleDates.Parse(value.GetString()),
            JsonValueKind.Number => ArticleDates.FromUnix(value.GetDouble()),
            _ => throw WrongType(key, "a date string or a number", value),
        };
    }

    /// <summary>A list of strings, a "a, b" string, or objects with a "name".</summary>
    public IEnumerable<string> List(string key)
    {
        if (!TryGet(key, out var value))
        {
            return [];
        }

        return value.ValueKind switch
        {
            JsonValueKind.String => DraftValues.SplitList(value.GetString() ?? ""),
            JsonValueKind.Array => value.EnumerateArray().Select(NameOf).OfType<string>().ToList(),
            _ => throw WrongType(key, "a string or an array", value),
        };
    }

    /// <summary>One or more names ("A", {"name": "A"}, ["A", "B"]) joined with ", "; a numeric id is no name.</summary>
    public string? Names(string key)
    {
        if (!TryGet(key, out var value))
        {
            return null;
        }

        var names = value.ValueKind switch
        {
            JsonValueKind.Array => value.EnumerateArray().Select(NameOf).OfType<string>().ToList(),
            JsonValueKind.String or JsonValueKind.Object => [NameOf(value) ?? ""],

            // WordPress gives the author as a user id, which names nobody.
            JsonValueKind.Number => [],
            _ => throw WrongType(key, "a string, an object or an array", value),
        };
        return PlainText.Line(string.Join(", ", names.Where(n => !string.IsNullOrWhiteSpace(n))));
    }

    private bool TryGet(string key, out JsonElement value)
    {
        if (item.TryGetProperty(key, out value) && value.ValueKind != JsonValueKind.Null)
        {
            return true;
        }

        value = default;
        return false;
    }

    // Category ids (WordPress gives numbers) name nothing readable, so non-strings are skipped.
    private static string? NameOf(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Object when element.TryGetProperty("name", out var name) && name.ValueKind == JsonValueKind.String
            => name.GetString(),
        _ => null,
    };

    private ArticleFormatException WrongType(string key, string expected, JsonElement value) =>
        new($"{JsonArticleParser.Prefix(where)}\"{key}\" must be {expected}, found {JsonArticleParser.Describe(value.ValueKind)}");
}
