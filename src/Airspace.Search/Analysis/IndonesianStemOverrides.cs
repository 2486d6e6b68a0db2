using Lucene.Net.Analysis.Miscellaneous;

namespace Airspace.Search.Analysis;

/// <summary>
/// Stems fixed by hand where Lucene's Indonesian stemmer over-stems words this domain needs: it strips "pe-"/"per-"/
/// "peN-" from roots that merely start that way ("pesawat" → "sawat", "pertama" → "tama", "peserta" → "serta",
/// "personel" → "sonel"), mangles some peN- nouns ("pemimpin" → "impin", "pemain" → "ain", "pengebom" → "ebom"), and
/// merges words that must stay apart ("pertahanan" defence with "tahanan" detainee). Each listed word gets the stem
/// given here (often itself) and is then left alone by the stemmer. The unstemmed fields are searched as well, so
/// exact forms match regardless. Check a word with <c>dotnet run --project bench/Airspace.Benchmarks -- analyze WORD</c>.
/// </summary>
internal static class IndonesianStemOverrides
{
    private static readonly (string Word, string Stem)[] Entries =
    [
        ("pesawat", "pesawat"), ("pesawatnya", "pesawat"),
        ("pemimpin", "pimpin"), ("pemimpinnya", "pimpin"), ("memimpin", "pimpin"), ("kepemimpinan", "pimpin"),
        ("pertahanan", "pertahanan"), ("pemerintah", "pemerintah"), ("pemerintahan", "pemerintah"),
        ("perintah", "perintah"), ("personel", "personel"), ("pertama", "pertama"), ("perempuan", "perempuan"),
        ("pemilu", "pemilu"), ("peserta", "peserta"), ("peristiwa", "peristiwa"), ("pemuda", "pemuda"),
        ("perahu", "perahu"), ("perisai", "perisai"), ("pengebom", "bom"), ("pembom", "bom"), ("peleton", "peleton"),
        ("perdana", "perdana"), ("peluru", "peluru"), ("pasukan", "pasukan"), ("berita", "berita"),
        ("merdeka", "merdeka"), ("menteri", "menteri"), ("perwira", "perwira"), ("angkatan", "angkatan"),
        ("pemain", "main"), ("pelaku", "pelaku"), ("pesisir", "pesisir"),
    ];

    public static StemmerOverrideFilter.StemmerOverrideMap Map { get; } = Build();

    public static IReadOnlyList<string> Words { get; } = Entries.Select(e => e.Word).ToList();

    private static StemmerOverrideFilter.StemmerOverrideMap Build()
    {
        var builder = new StemmerOverrideFilter.Builder(ignoreCase: false);
        foreach (var (word, stem) in Entries)
        {
            builder.Add(word, stem);
        }

        return builder.Build();
    }
}
