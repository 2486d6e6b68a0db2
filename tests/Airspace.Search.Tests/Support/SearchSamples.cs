using Airspace.Core.Articles;

namespace Airspace.Search.Tests.Support;

/// <summary>The real Airspace Review sample article, and filler text, for search tests.</summary>
internal static class SearchSamples
{
    public const string KimJongUnTitle = "Pemimpin Korea Utara Tinjau Pabrik Jet Tempur Rusia di Komsomolsk-on-Amur";

    private const string SampleFile = "2023-09-15-kim-jong-un-knaaz.txt";
    private const string Dateline = "AIRSPACE REVIEW (airspace-review.com) \u2013 ";
    private const string Signature = "-JDN-";

    /// <summary>
    /// The real article, with the dateline and the author signature stripped as the normaliser would.
    /// Its body says "mengunjungi", "kunjungan", "Su-35S dan Su-57" and "kerja sama".
    /// </summary>
    public static Article KimJongUnKnaaz(long id = 1) =>
        TestArticles.Article(id, KimJongUnTitle, SampleBody(), published: new DateTimeOffset(2023, 9, 15, 8, 0, 0, TimeSpan.Zero));

    public static string SampleBody()
    {
        var lines = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "samples", SampleFile)).ToList();
        Assert.StartsWith(Dateline, lines[0], StringComparison.Ordinal);
        lines[0] = lines[0][Dateline.Length..];
        Assert.Equal(Signature, lines[^1].Trim());
        lines.RemoveAt(lines.Count - 1);
        return string.Join('\n', lines);
    }

    /// <summary>Indonesian filler without any of the words the tests search for.</summary>
    public static string Filler(int sentences) =>
        string.Join(' ', Enumerable.Repeat("Pesawat itu terbang rendah di atas laut sebelum kembali ke pangkalan udara.", sentences));
}
