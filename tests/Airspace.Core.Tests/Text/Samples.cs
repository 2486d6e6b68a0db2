using System.Text.Json;

namespace Airspace.Core.Tests.Text;

/// <summary>The sample articles copied next to the test assembly (see the test project file).</summary>
internal static class Samples
{
    public const string KimJongUnLead =
        "Pemimpin Korea Utara Kim Jong Un mengunjungi pabrik pesawat Komsomolsk-on-Amur Aircraft Plant (KnAAZ) "
        + "di kota timur Komsomolsk-on-Amur, Rusia pada hari Jumat.";

    /// <summary>The airspace-review.com article exactly as exported: dateline first, "-JDN-" last.</summary>
    public static string KimJongUn() =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "samples", "airspace", "2023-09-15-kim-jong-un-knaaz.txt"));

    /// <summary>The first <paramref name="count"/> IndoSum development articles: (id, text).</summary>
    public static IReadOnlyList<(string Id, string Text)> IndoSum(int count)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "samples", "indosum", "dev.01.plain.jsonl");
        return File.ReadLines(path)
            .Take(count)
            .Select(line =>
            {
                using var json = JsonDocument.Parse(line);
                var root = json.RootElement;
                return (root.GetProperty("id").GetString()!, root.GetProperty("text").GetString()!);
            })
            .ToList();
    }
}
