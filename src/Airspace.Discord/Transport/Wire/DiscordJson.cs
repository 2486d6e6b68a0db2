using System.Text.Json;
using System.Text.Json.Serialization;

namespace Airspace.Discord.Transport.Wire;

/// <summary>Discord's JSON: snake_case names, snowflakes as strings, absent rather than null fields.</summary>
internal static class DiscordJson
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        PropertyNameCaseInsensitive = false,
        NumberHandling = JsonNumberHandling.AllowReadingFromString,
    };

    public static byte[] Serialize<T>(T value) => JsonSerializer.SerializeToUtf8Bytes(value, Options);

    public static T? Deserialize<T>(JsonElement element) => element.Deserialize<T>(Options);
}
