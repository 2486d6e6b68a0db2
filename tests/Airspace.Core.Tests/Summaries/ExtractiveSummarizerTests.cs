using Airspace.Core.Summaries;
using Airspace.Core.Tests.Text;
using Airspace.Core.Text;

namespace Airspace.Core.Tests.Summaries;

public sealed class ExtractiveSummarizerTests
{
    private const string EnglishArticle =
        "North Korean leader Kim Jong Un visited an aircraft factory in Russia's Far East on Friday, where the "
        + "Su-35 and Su-57 fighter jets are built.\n"
        + "Russian Deputy Prime Minister Denis Manturov said the visit opened potential cooperation in aircraft "
        + "manufacturing and other industries.\n"
        + "The Kremlin said President Vladimir Putin had accepted an invitation to visit North Korea.\n"
        + "Foreign Minister Sergey Lavrov is expected to travel to Pyongyang in October, Kremlin spokesman Dmitry "
        + "Peskov told reporters.\n"
        + "Ukraine's defence intelligence said military cooperation between the two countries was not new.";

    private readonly ExtractiveSummarizer _summarizer = new(new SummarizerOptions());

    [Fact]
    public void Summarize_SampleArticle_TwoOrThreeWholeSentencesIncludingTheLead()
    {
        var (title, body) = SampleInput();

        var summary = _summarizer.Summarize(new SummaryInput(title, body, "id"));

        var sentences = SummaryAssert.WholeSentencesOf(summary, body);
        Assert.InRange(sentences.Count, 2, 3);
        Assert.True(summary.Length <= 600, $"{summary.Length} characters");
        Assert.Equal(Samples.KimJongUnLead, sentences[0]);
        Assert.DoesNotContain("AIRSPACE", summary);
        Assert.DoesNotContain("JDN", summary);
    }

    [Fact]
    public void Summarize_SameInputTwice_SameSummary()
    {
        var (title, body) = SampleInput();
        var input = new SummaryInput(title, body, "id");

        var first = _summarizer.Summarize(input);
        var second = new ExtractiveSummarizer(new SummarizerOptions()).Summarize(input);

        Assert.Equal(first, second);
        Assert.Equal(first, _summarizer.Summarize(input));
    }

    [Fact]
    public void Summarize_ConcurrentCalls_SameSummary()
    {
        var (title, body) = SampleInput();
        var input = new SummaryInput(title, body, "id");
        var expected = _summarizer.Summarize(input);

        var results = new string[64];
        Parallel.For(0, results.Length, i => results[i] = _summarizer.Summarize(input));

        Assert.All(results, r => Assert.Equal(expected, r));
    }

    [Fact]
    public async Task SummarizeAsync_SampleArticle_TextAndVersion()
    {
        var (title, body) = SampleInput();
        var input = new SummaryInput(title, body, "id");

        var summary = await _summarizer.SummarizeAsync(input, CancellationToken.None);

        Assert.Equal(_summarizer.Summarize(input), summary.Text);
        Assert.Equal("extractive-2;s=3;c=600", summary.SummarizerVersion);
    }

    [Fact]
    public async Task SummarizeAsync_Cancelled_Throws()
    {
        using var cts = new CancellationTokenSource();
        await cts.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => _summarizer.SummarizeAsync(new SummaryInput("", "Pesawat tiba di Halim.", "id"), cts.Token));
    }

    [Fact]
    public void Version_DifferentOptions_Differs()
    {
        var versions = new[]
        {
            new SummarizerOptions(),
            new SummarizerOptions { MaxSentences = 4 },
            new SummarizerOptions { MinSentences = 1 },
            new SummarizerOptions { MaxCharacters = 400 },
        }.Select(o => new ExtractiveSummarizer(o).Version).ToList();

        Assert.Equal(versions.Count, versions.Distinct().Count());
        Assert.All(versions, v => Assert.StartsWith("extractive-2;", v));
    }

    [Fact]
    public void Version_OptionsChangedAfterConstruction_Unchanged()
    {
        var options = new SummarizerOptions();
        var summarizer = new ExtractiveSummarizer(options);

        options.MaxCharacters = 100;

        Assert.Equal("extractive-2;s=3;c=600", summarizer.Version);
    }

    [Theory]
    [InlineData(0, 3, 600)]
    [InlineData(2, 11, 600)]
    [InlineData(4, 3, 600)]
    [InlineData(2, 3, 99)]
    public void Constructor_InvalidOptions_Throws(int min, int max, int characters)
    {
        var options = new SummarizerOptions { MinSentences = min, MaxSentences = max, MaxCharacters = characters };

        Assert.Throws<ArgumentOutOfRangeException>(() => new ExtractiveSummarizer(options));
    }

    [Theory]
    [InlineData(1, 100)]
    [InlineData(1, 250)]
    [InlineData(2, 400)]
    [InlineData(5, 1200)]
    public void Summarize_OtherLimits_Respected(int maxSentences, int maxCharacters)
    {
        var summarizer = new ExtractiveSummarizer(
            new SummarizerOptions { MinSentences = 1, MaxSentences = maxSentences, MaxCharacters = maxCharacters });
        var (title, body) = SampleInput();

        var summary = summarizer.Summarize(new SummaryInput(title, body, "id"));

        Assert.True(summary.Length <= maxCharacters, $"{summary.Length} characters");
        var sentences = summary.EndsWith('…') ? [summary] : SummaryAssert.WholeSentencesOf(summary, body);
        Assert.InRange(sentences.Count, 1, maxSentences);
    }

    [Fact]
    public void Summarize_OneHugeSentence_CutAtBoundaryWithEllipsisWithinLimit()
    {
        var body = string.Join(", ", Enumerable.Repeat("pesawat tempur Rafale tiba di Pekanbaru", 125)) + ".";

        var summary = _summarizer.Summarize(new SummaryInput("", "Kementerian " + body, "id"));

        Assert.InRange(summary.Length, 300, 600);
        Assert.StartsWith("Kementerian pesawat tempur", summary);
        Assert.EndsWith("Pekanbaru…", summary);
    }

    [Fact]
    public void Summarize_HugeWordWithoutSpaces_CutWithinLimit()
    {
        var summary = _summarizer.Summarize(new SummaryInput("", new string('a', 5000), "id"));

        Assert.Equal(600, summary.Length);
        Assert.EndsWith("…", summary);
    }

    [Fact]
    public void Summarize_TenThousandCharactersOfEmoji_Empty()
    {
        var emoji = string.Concat(Enumerable.Repeat("🚀✈️", 3334))[..10000];

        Assert.Equal(string.Empty, _summarizer.Summarize(new SummaryInput("🚀", emoji, "id")));
    }

    [Fact]
    public void Summarize_EmojiWithSentences_WithinLimit()
    {
        var body = string.Concat(Enumerable.Repeat("Pesawat 🚀 terbang tinggi sekali di atas awan 🚀🚀. ", 200));

        var summary = _summarizer.Summarize(new SummaryInput("", body, "id"));

        Assert.InRange(summary.Length, 1, 600);
    }

    [Fact]
    public void Summarize_RandomPunctuationSoup_NeverThrowsAndRespectsLimit()
    {
        string[] atoms =
        [
            ".", "?", "!", "…", "...", "\"", "“", "”", "’", "(", ")", " ", " ", "\n", "\n\n", "\t", "\u00A0",
            "\u200B", "\uD800", "🚀", "Dr.", "B.", "U.S.", "airspace-review.com", "-JDN-", "Baca juga: x", "Foto: y",
            "AIRSPACE REVIEW (airspace-review.com) – ", "Pesawat", "tempur", "kata", "Kim", "1.000", "10.30", ",", "–",
        ];
        var random = new Random(20230915);
        var small = new ExtractiveSummarizer(new SummarizerOptions { MinSentences = 1, MaxSentences = 1, MaxCharacters = 100 });

        for (var i = 0; i < 300; i++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(0, 400)).Select(_ => atoms[random.Next(atoms.Length)]));
            var body = SiteBoilerplate.Strip(TextNormalizer.Normalize(text)).Body;
            var title = TitleDeriver.Derive(body);

            Assert.True(_summarizer.Summarize(new SummaryInput(title, body, "id")).Length <= 600, text);
            Assert.True(_summarizer.Summarize(new SummaryInput(title, text, "id")).Length <= 600, text);
            Assert.True(small.Summarize(new SummaryInput(title, body, "id")).Length <= 100, text);
        }
    }

    [Fact]
    public void Summarize_OnlyRelatedLinksAndCredits_Empty()
    {
        const string body = "Baca juga: Kim Jong Un Kunjungi Rusia\nBaca Juga: Putin Terima Undangan\n"
            + "Simak juga: Video Su-57\nFoto: Reuters";

        Assert.Equal(string.Empty, _summarizer.Summarize(new SummaryInput("Kim", body, "id")));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\n  ")]
    public void Summarize_EmptyBody_Empty(string body)
    {
        Assert.Equal(string.Empty, _summarizer.Summarize(new SummaryInput("Judul", body, "id")));
    }

    [Fact]
    public void Summarize_JunkBeforeTheLead_Skipped()
    {
        const string body = "Baca juga: Kim Jong Un Kunjungi Rusia\n"
            + "Foto: Reuters\n"
            + "KUNJUNGAN KENEGARAAN\n"
            + "Apa yang dicari Kim di Rusia?\n"
            + "Kim Jong Un mengunjungi pabrik pesawat KnAAZ di Komsomolsk-on-Amur pada hari Jumat.\n"
            + "Pabrik itu membuat jet tempur Su-35S dan Su-57 untuk Kementerian Pertahanan Rusia.\n"
            + "kata Manturov.";

        var summary = _summarizer.Summarize(new SummaryInput("", body, "id"));

        Assert.Equal(
            "Kim Jong Un mengunjungi pabrik pesawat KnAAZ di Komsomolsk-on-Amur pada hari Jumat. "
            + "Pabrik itu membuat jet tempur Su-35S dan Su-57 untuk Kementerian Pertahanan Rusia.",
            summary);
    }

    [Fact]
    public void Summarize_RepeatedSentence_NotRepeated()
    {
        const string lead = "Kim Jong Un mengunjungi pabrik pesawat KnAAZ di Komsomolsk-on-Amur pada hari Jumat.";
        var body = $"{lead}\n{lead}\nPabrik itu membuat jet tempur Su-35S dan Su-57 untuk Kementerian Pertahanan.";

        var summary = _summarizer.Summarize(new SummaryInput("", body, "id"));

        Assert.Equal(summary.IndexOf(lead, StringComparison.Ordinal), summary.LastIndexOf(lead, StringComparison.Ordinal));
        Assert.Contains("Pabrik itu", summary);
    }

    [Fact]
    public void Summarize_EnglishArticle_EnglishSummaryOfItsSentences()
    {
        var summary = _summarizer.Summarize(new SummaryInput(TitleDeriver.Derive(EnglishArticle), EnglishArticle, "en"));

        var sentences = SummaryAssert.WholeSentencesOf(summary, EnglishArticle);
        Assert.InRange(sentences.Count, 2, 3);
        Assert.StartsWith("North Korean leader Kim Jong Un visited", summary);
        Assert.Equal("en", LanguageDetector.Detect(summary));
    }

    private static (string Title, string Body) SampleInput()
    {
        var body = SiteBoilerplate.Strip(TextNormalizer.Normalize(Samples.KimJongUn())).Body;
        return (TitleDeriver.Derive(body), body);
    }
}
