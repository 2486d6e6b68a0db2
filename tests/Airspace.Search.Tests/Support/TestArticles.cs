using Airspace.Core.Articles;

namespace Airspace.Search.Tests.Support;

/// <summary>Hand-built articles, including the real Airspace Review sample.</summary>
internal static class TestArticles
{
    public const string KimJongUnTitle = "Pemimpin Korea Utara Tinjau Pabrik Jet Tempur Rusia di Komsomolsk-on-Amur";

    private const string SampleFile = "2023-09-15-kim-jong-un-knaaz.txt";
    private const string Dateline = "AIRSPACE REVIEW (airspace-review.com) \u2013 ";
    private const string Signature = "-JDN-";

    public static Article Create(
        long id,
        string title,
        string body,
        string language = "id",
        string source = "test",
        IReadOnlyList<string>? categories = null,
        DateTimeOffset? published = null)
    {
        var when = published ?? new DateTimeOffset(2023, 9, 15, 8, 0, 0, TimeSpan.Zero);
        return new Article
        {
            Id = new ArticleId(id),
            Source = source,
            Url = $"https://example.test/{id}",
            Title = title,
            Body = body,
            Language = language,
            Published = when,
            Categories = categories ?? [],
            ContentHash = $"hash-{id}",
            Summary = string.Empty,
            SummarizerVersion = "test",
            IngestedAt = when,
        };
    }

    /// <summary>
    /// The real article, with the dateline and the author signature stripped as the normaliser would.
    /// Its body says "mengunjungi", "kunjungan", "Su-35S dan Su-57" and "kerja sama".
    /// </summary>
    public static Article KimJongUnKnaaz(long id = 1) => Create(id, KimJongUnTitle, SampleBody());

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
