using Airspace.Core.Text;

namespace Airspace.Core.Tests.Text;

public sealed class LanguageDetectorTests
{
    [Fact]
    public void Detect_SampleArticle_Indonesian()
    {
        Assert.Equal("id", LanguageDetector.Detect(Samples.KimJongUn()));
    }

    [Fact]
    public void Detect_EnglishParagraph_English()
    {
        const string text =
            "North Korean leader Kim Jong Un visited the Komsomolsk-on-Amur aircraft plant on Friday, where Russia "
            + "builds the Su-35 and Su-57 fighter jets. The Kremlin said that Putin had accepted an invitation to visit "
            + "North Korea and that there was no agreement signed during the visit.";

        Assert.Equal("en", LanguageDetector.Detect(text));
    }

    [Fact]
    public void Detect_IndonesianQuotingEnglish_Indonesian()
    {
        const string text =
            "Menurut dia, slogan \"the best is yet to come\" yang dipakai dalam kampanye itu tidak tepat karena "
            + "pemerintah belum menyelesaikan pekerjaan yang dijanjikan kepada warga.";

        Assert.Equal("id", LanguageDetector.Detect(text));
    }

    [Theory]
    [InlineData("")]
    [InlineData("🚀🚀🚀 12345")]
    [InlineData("Su-35S F-16 KF-21")]
    public void Detect_NoEvidence_DefaultsToIndonesian(string text)
    {
        Assert.Equal("id", LanguageDetector.Detect(text));
    }
}
