using Airspace.Core.Summaries;
using Airspace.Core.Tests.Text;
using Airspace.Core.Text;

namespace Airspace.Core.Tests.Summaries;

/// <summary>The ingest pipeline on real Indonesian news (IndoSum, CC BY-SA 4.0; see samples/README.md).</summary>
public sealed class IndoSumSummaryTests
{
    private static readonly ExtractiveSummarizer Summarizer = new(new SummarizerOptions());

    public static TheoryData<string> ArticleIds()
    {
        var data = new TheoryData<string>();
        foreach (var (id, _) in Samples.IndoSum(50))
        {
            data.Add(id);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ArticleIds))]
    public void Summarize_IndoSumArticle_WholeSentencesWithinLimit(string id)
    {
        var text = Samples.IndoSum(50).Single(a => a.Id == id).Text;
        var body = SiteBoilerplate.Strip(TextNormalizer.Normalize(text)).Body;
        var title = TitleDeriver.Derive(body);

        var summary = Summarizer.Summarize(new SummaryInput(title, body, LanguageDetector.Detect(body)));

        Assert.NotEqual(string.Empty, summary);
        Assert.True(summary.Length <= 600, $"{summary.Length} characters");
        Assert.InRange(SummaryAssert.WholeSentencesOf(summary, body).Count, 1, 3);
        Assert.DoesNotContain("Baca juga", summary, StringComparison.OrdinalIgnoreCase);
        Assert.InRange(title.Length, 1, 110);
        Assert.Equal("id", LanguageDetector.Detect(body));
    }
}
