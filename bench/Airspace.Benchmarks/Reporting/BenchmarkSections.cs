using System.Text.RegularExpressions;

namespace Airspace.Benchmarks.Reporting;

/// <summary>
/// Sections of BENCHMARKS.md that a command writes on its own (the journey benchmarks), between
/// <c>&lt;!-- section:NAME --&gt;</c> markers: a command replaces its own section, and <c>all</c> keeps them.
/// </summary>
public static partial class BenchmarkSections
{
    /// <summary>Replaces (or appends) the section <paramref name="name"/> of the file at <paramref name="path"/>.</summary>
    public static async Task WriteAsync(string path, string name, string markdown)
    {
        var text = File.Exists(path) ? await File.ReadAllTextAsync(path) : "# Benchmarks\n\n";
        var section = $"{Open(name)}\n{markdown.TrimEnd()}\n{Close(name)}\n";
        var start = text.IndexOf(Open(name), StringComparison.Ordinal);
        var end = text.IndexOf(Close(name), StringComparison.Ordinal);
        text = start >= 0 && end > start
            ? text[..start] + section + text[(end + Close(name).Length)..].TrimStart('\n')
            : text.TrimEnd() + "\n\n" + section;
        await File.WriteAllTextAsync(path, text);
    }

    /// <summary>The marked sections of <paramref name="previous"/>, appended to <paramref name="rendered"/> (so <c>all</c> keeps them).</summary>
    public static string Keep(string? previous, string rendered)
    {
        var sections = previous is null ? [] : Section().Matches(previous).Select(m => m.Value).ToList();
        return sections.Count == 0 ? rendered : rendered.TrimEnd() + "\n\n" + string.Join("\n", sections) + "\n";
    }

    private static string Open(string name) => $"<!-- section:{name} -->";

    private static string Close(string name) => $"<!-- /section:{name} -->";

    [GeneratedRegex(@"<!-- section:(?<name>[a-z-]+) -->.*?<!-- /section:\k<name> -->", RegexOptions.Singleline)]
    private static partial Regex Section();
}
