using System.Text.RegularExpressions;

namespace Airspace.Feeds.Tests.Conformance;

/// <summary>One feedparser conformance file: its family (rss, atom10, rdf), its description and its Expect line.</summary>
public sealed partial record ConformanceCase(string Family, string Name, string Path, string Description, string Expect)
{
    public static string Root => System.IO.Path.Combine(AppContext.BaseDirectory, "Conformance");

    public static IReadOnlyList<ConformanceCase> All() =>
        [.. new[] { "rss", "atom10", "rdf" }.SelectMany(family =>
            Directory.EnumerateFiles(System.IO.Path.Combine(Root, family), "*.xml").Order(StringComparer.Ordinal).Select(path => Load(family, path)))];

    private static ConformanceCase Load(string family, string path)
    {
        var head = File.ReadAllText(path);
        var description = DescriptionLine().Match(head);
        var expect = ExpectLine().Match(head);
        return new ConformanceCase(
            family,
            System.IO.Path.GetFileName(path),
            path,
            description.Success ? description.Groups[1].Value.Trim() : "",
            expect.Success ? expect.Groups[1].Value.Trim() : "");
    }

    [GeneratedRegex(@"Description:\s*(.*)")]
    private static partial Regex DescriptionLine();

    [GeneratedRegex(@"Expect:\s*(.*)")]
    private static partial Regex ExpectLine();
}
