namespace Airspace.Feeds.Tests.Support;

/// <summary>A post on the fake WordPress site.</summary>
public sealed record FakePost
{
    public required int Id { get; init; }

    public required string Slug { get; init; }

    public required string Title { get; init; }

    /// <summary>Paragraphs of the article; rendered as &lt;p&gt; HTML.</summary>
    public required IReadOnlyList<string> Paragraphs { get; init; }

    public required DateTimeOffset Date { get; init; }

    public DateTimeOffset? Modified { get; init; }

    public IReadOnlyList<string> Categories { get; init; } = ["Berita"];

    public IReadOnlyList<string> Tags { get; init; } = [];

    public string Author { get; init; } = "Roni Sontani";

    public string Path => $"/{Date:yyyy}/{Date:MM}/{Date:dd}/{Slug}/";

    public static FakePost Create(int id, DateTimeOffset date, string? title = null, string? topic = null) => new()
    {
        Id = id,
        Slug = $"post-{id}",
        Title = title ?? $"Kabar penerbangan nomor {id}",
        Date = date,
        Paragraphs =
        [
            $"TNI Angkatan Udara menerima pesawat baru dalam laporan nomor {id} tentang {topic ?? "armada"} yang diumumkan di Jakarta.",
            $"Menurut juru bicara, pesawat itu akan memperkuat skadron udara di Madiun mulai tahun depan sesuai rencana nomor {id}.",
            "Pengadaan tersebut merupakan bagian dari program modernisasi alutsista yang sudah berjalan sejak beberapa tahun lalu.",
            "Para pilot dan teknisi telah menjalani pelatihan di luar negeri sebelum pesawat tiba di tanah air pekan ini.",
        ],
    };
}
