using System.Text.Json;
using System.Text.Json.Serialization;

namespace Airspace.Storage.Sqlite.Mapping;

/// <summary>String lists (categories, keywords) as JSON array text: portable, and readable in a SQL shell.</summary>
internal static class JsonList
{
    public static string Write(IReadOnlyList<string> values) =>
        JsonSerializer.Serialize(values as string[] ?? [.. values], JsonListContext.Default.StringArray);

    public static IReadOnlyList<string> Read(string json) =>
        JsonSerializer.Deserialize(json, JsonListContext.Default.StringArray) ?? [];
}

[JsonSerializable(typeof(string[]))]
internal sealed partial class JsonListContext : JsonSerializerContext;
