using Airspace.Core.Text;

namespace Airspace.Core.Tests.Text;

public sealed class TitleDeriverTests
{
    [Fact]
    public void Derive_SampleArticle_ShortHeadlineFromLeadSentence()
    {
        var body = SiteBoilerplate.Strip(TextNormalizer.Normalize(Samples.KimJongUn())).Body;

        var title = TitleDeriver.Derive(body);

        Assert.Equal(
            "Pemimpin Korea Utara Kim Jong Un mengunjungi pabrik pesawat Komsomolsk-on-Amur Aircraft Plant (KnAAZ)",
            title);
    }

    [Fact]
    public void Derive_ShortFirstSentence_WithoutFinalPeriod()
    {
        Assert.Equal("TNI AU menerima dua C-130J", TitleDeriver.Derive("TNI AU menerima dua C-130J. Pesawat tiba Jumat."));
    }

    [Fact]
    public void Derive_QuestionOrExclamation_Kept()
    {
        Assert.Equal("Siapkah Indonesia membeli Rafale?", TitleDeriver.Derive("Siapkah Indonesia membeli Rafale? Ya."));
    }

    [Theory]
    [InlineData(110, "Kementerian Pertahanan menandatangani kontrak pembelian 42 jet tempur Rafale dengan Dassault Aviation")]
    [InlineData(120, "Kementerian Pertahanan menandatangani kontrak pembelian 42 jet tempur Rafale dengan Dassault Aviation di Jakarta")]
    [InlineData(130, "Kementerian Pertahanan menandatangani kontrak pembelian 42 jet tempur Rafale dengan Dassault Aviation di Jakarta pada Kamis")]
    public void Derive_LongSentence_CutAtLastClauseBoundaryThatFits(int maxLength, string expected)
    {
        const string body =
            "Kementerian Pertahanan menandatangani kontrak pembelian 42 jet tempur Rafale dengan Dassault Aviation "
            + "di Jakarta pada Kamis, setelah negosiasi panjang selama dua tahun dengan pihak Prancis. Kontrak berlaku.";

        Assert.Equal(expected, TitleDeriver.Derive(body, maxLength));
    }

    [Fact]
    public void Derive_OnlyClauseBoundaryTooEarly_CutAtWordInstead()
    {
        // " di " leaves only 12 characters, too short for a headline.
        var body = "Pesawat tiba di " + string.Join(' ', Enumerable.Repeat("Halim", 30)) + ".";

        var title = TitleDeriver.Derive(body);

        Assert.StartsWith("Pesawat tiba di Halim", title);
        Assert.EndsWith("…", title);
        Assert.True(title.Length <= 110, title);
    }

    [Fact]
    public void Derive_LongSentenceWithoutClauseBoundary_CutAtWordWithEllipsis()
    {
        var body = string.Join(' ', Enumerable.Repeat("Boramae", 40)) + ".";

        var title = TitleDeriver.Derive(body);

        Assert.True(title.Length <= 110, title);
        Assert.EndsWith(" Boramae…", title);
    }

    [Theory]
    [InlineData(30)]
    [InlineData(60)]
    [InlineData(80)]
    [InlineData(200)]
    public void Derive_MaxLength_Respected(int maxLength)
    {
        var body = SiteBoilerplate.Strip(TextNormalizer.Normalize(Samples.KimJongUn())).Body;

        var title = TitleDeriver.Derive(body, maxLength);

        Assert.InRange(title.Length, 1, maxLength);
        Assert.StartsWith("Pemimpin Korea", title);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n  ")]
    [InlineData("... ??? 🚀🚀")]
    public void Derive_NoWords_Untitled(string body)
    {
        Assert.Equal("Untitled", TitleDeriver.Derive(body));
    }

    [Fact]
    public void Derive_FirstLineHasNoWords_UsesFirstSentenceWithWords()
    {
        Assert.Equal("Pesawat tiba di Halim", TitleDeriver.Derive("***\nPesawat tiba di Halim."));
    }

    [Fact]
    public void Derive_TooSmallMaxLength_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => TitleDeriver.Derive("Pesawat tiba.", 5));
    }
}
