using System.Globalization;
using System.Text.Json;

namespace Airspace.Discord.Commands;

/// <summary>Reads command option values (strings and integers) by name.</summary>
internal static class InteractionOptions
{
    public static string? String(Interaction interaction, string name) =>
        Find(interaction, name)?.Value is { } value
            ? value.ValueKind == JsonValueKind.String ? value.GetString() : value.ToString()
            : null;

    public static long? Integer(Interaction interaction, string name) =>
        Find(interaction, name)?.Value is { } value
            && (value.ValueKind == JsonValueKind.Number ? value.TryGetInt64(out var number)
                : long.TryParse(value.ToString(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out number))
            ? number
            : null;

    public static InteractionOption? Focused(Interaction interaction) =>
        interaction.Data?.Options?.FirstOrDefault(o => o.Focused == true);

    private static InteractionOption? Find(Interaction interaction, string name) =>
        interaction.Data?.Options?.FirstOrDefault(o => string.Equals(o.Name, name, StringComparison.Ordinal));
}
