using Airspace.Core.Text;

namespace Airspace.Core.Tests.Text;

public sealed class TextNormalizerTests
{
    [Fact]
    public void Normalize_CrLfAndCr_BecomeLf()
    {
        Assert.Equal("Satu\nDua\nTiga", TextNormalizer.Normalize("Satu\r\nDua\rTiga"));
    }

    [Fact]
    public void Normalize_InvisibleCharacters_Removed()
    {
        var text = "\uFEFFPe\u200Bsa\u00ADwat\u200C \u200Dtem\u2060pur\u0007 Su\u200E-35\u202E";

        Assert.Equal("Pesawat tempur Su-35", TextNormalizer.Normalize(text));
    }

    [Fact]
    public void Normalize_NonBreakingSpacesAndTabs_BecomeOneSpace()
    {
        Assert.Equal("Jet tempur KF-21 Boramae", TextNormalizer.Normalize("Jet\u00A0\u00A0tempur\tKF-21 \u202F Boramae"));
    }

    [Fact]
    public void Normalize_LinesTrimmedAndBlankRunsCollapsed()
    {
        var text = "\n\n   Paragraf satu.   \n  Paragraf dua.\n\n\n\n \t \nParagraf tiga.\n\n\n";

        Assert.Equal("Paragraf satu.\nParagraf dua.\n\nParagraf tiga.", TextNormalizer.Normalize(text));
    }

    [Fact]
    public void Normalize_DecomposedLatin_ComposedToNfc()
    {
        Assert.Equal("Café Nguyễn Ångström", TextNormalizer.Normalize("Cafe\u0301 Nguye\u0302\u0303n A\u030Angstro\u0308m"));
    }

    [Fact]
    public void Normalize_LoneSurrogates_RemovedAndEmojiKept()
    {
        Assert.Equal("Terbang ✈️ tinggi 🚀", TextNormalizer.Normalize("Terbang\uD800 ✈️ tinggi \uDC00🚀"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\n\r\n\t\u200B\n")]
    public void Normalize_NothingVisible_ReturnsEmpty(string text)
    {
        Assert.Equal(string.Empty, TextNormalizer.Normalize(text));
    }

    [Fact]
    public void Normalize_SampleArticle_KeepsOneParagraphPerLineAndIsIdempotent()
    {
        var raw = Samples.KimJongUn();

        var once = TextNormalizer.Normalize(raw);

        Assert.Equal(raw.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length, once.Split('\n').Length);
        Assert.Equal(once, TextNormalizer.Normalize(once));
    }

    [Fact]
    public void Normalize_Null_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => TextNormalizer.Normalize(null!));
    }
}
