using Airspace.Core.Summaries;
using Airspace.Core.Tests.Text;
using Airspace.Core.Text;

namespace Airspace.Core.Tests.Summaries;

public sealed class SummaryFeatureWeightsTests
{
    [Fact]
    public void Version_CustomWeights_MarkedCustom()
    {
        var custom = new ExtractiveSummarizer(new SummarizerOptions(), SummaryFeatureWeights.Default with { LeadWeight = 3 });

        Assert.Equal("extractive-2;s=3;c=600;w=custom", custom.Version);
        Assert.Equal("extractive-2;s=3;c=600", new ExtractiveSummarizer(new SummarizerOptions(), SummaryFeatureWeights.Default).Version);
    }

    [Fact]
    public void Summarize_LeadOnlyWeightsWithoutTarget_FirstSentencesInOrder()
    {
        var leadOnly = new SummaryFeatureWeights
        {
            LeadWeight = 1, SecondSentenceBonus = 0, ThirdSentenceBonus = 0, TitleWeight = 0, CentroidWeight = 0,
            QuotePenalty = 0, ShortSentencePenalty = 0, LongSentencePenalty = 0, RedundancyWeight = 0,
            DuplicateOverlap = 1, ExtraSentenceRelativeScore = 0, TargetCharacters = 10_000,
        };
        var body = "Kalimat pertama tentang pesawat tempur baru.\nKalimat kedua tentang latihan di Natuna.\n"
            + "Kalimat ketiga tentang radar pertahanan udara.\nKalimat keempat tentang anggaran tahun depan.";

        var summary = new ExtractiveSummarizer(new SummarizerOptions(), leadOnly).Summarize(new SummaryInput("", body, "id"));

        Assert.Equal(
            "Kalimat pertama tentang pesawat tempur baru. Kalimat kedua tentang latihan di Natuna. "
            + "Kalimat ketiga tentang radar pertahanan udara.",
            summary);
    }

    [Fact]
    public void Summarize_TargetReached_StopsAtMinimumSentences()
    {
        var body = "Kalimat pertama tentang pesawat tempur baru yang dibeli tahun ini oleh TNI AU.\n"
            + "Kalimat kedua tentang latihan bersama di Natuna yang melibatkan pesawat tempur.\n"
            + "Kalimat ketiga tentang radar pertahanan udara dan pesawat tempur yang baru.";
        var shortTarget = SummaryFeatureWeights.Default with { TargetCharacters = 100 };

        var summary = new ExtractiveSummarizer(new SummarizerOptions(), shortTarget).Summarize(new SummaryInput("", body, "id"));

        Assert.Equal(2, SummaryAssert.WholeSentencesOf(summary, body).Count);
    }

    [Fact]
    public void Summarize_LeadQuoteThenReportedSpeech_QuoteNotFirstChoice()
    {
        var body = "\"Kami siap menerima pesawat itu kapan saja,\" kata Kepala Staf Angkatan Udara.\n"
            + "TNI AU akan menerima dua pesawat angkut C-130J tahun depan di Lanud Halim Perdanakusuma.\n"
            + "Pesawat angkut C-130J itu dibeli dari Amerika Serikat untuk menggantikan armada lama.";
        var oneSentence = new SummarizerOptions { MinSentences = 1, MaxSentences = 1 };

        var summary = new ExtractiveSummarizer(oneSentence).Summarize(new SummaryInput("", body, "id"));

        Assert.StartsWith("TNI AU akan menerima", summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Summarize_SampleArticleThroughIngestCleaning_NoDatelineCaptionOrTag()
    {
        var body = SiteBoilerplate.Strip(TextNormalizer.Normalize(
            "Rimanews - " + Samples.KimJongUnLead + "\nKim Jong Un, Pemimpin Korea Utara (Foto: Reuters)\n"
            + "Baca juga: Putin Terima Undangan\nPabrik itu membuat jet tempur Su-35S dan Su-57 untuk Rusia.\n-JDN-")).Body;

        var summary = new ExtractiveSummarizer(new SummarizerOptions()).Summarize(new SummaryInput("", body, "id"));

        Assert.Equal(Samples.KimJongUnLead + " Pabrik itu membuat jet tempur Su-35S dan Su-57 untuk Rusia.", summary);
    }
}
