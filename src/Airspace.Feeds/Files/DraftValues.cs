namespace Airspace.Feeds.Files;

/// <summary>Small normalisations shared by every file format.</summary>
internal static class DraftValues
{
    /// <summary>"id-ID", "EN_us" → "id", "en": the draft carries the primary language only.</summary>
    public static string? Language(string? value)
    {
        var line = PlainText.Line(value);
        if (line is null)
        {
            return null;
        }

        var primary = line.Split('-', '_')[0].Trim().ToLowerInvariant();
        return primary.Length is >= 2 and <= 8 && primary.All(char.IsAsciiLetter) ? primary : null;
    }

    /// <summary>Trimmed, de-duplicated (case-insensitively) category names, in first-seen order.</summary>
    public static IReadOnlyList<string> Categories(IEnumerable<string?> values)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var result = new List<string>();
        foreach (var value in values)
        {
            var line = PlainText.Line(value);
            if (line is not null && seen.Add(line))
            {
                result.Add(line);
            }
        }

        return result;
    }

    /// <summary>Splits "a, b" lists written on one line.</summary>
    public static IEnumerable<string> SplitList(string value) =>
        value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
}
