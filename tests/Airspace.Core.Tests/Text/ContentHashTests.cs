using Airspace.Core.Text;

namespace Airspace.Core.Tests.Text;

public sealed class ContentHashTests
{
    [Fact]
    public void Compute_ReformattedText_SameHash()
    {
        var original = ContentHash.Compute("Kim Jong Un mengunjungi KnAAZ.\nPutin menerima undangan.");

        Assert.Equal(original, ContentHash.Compute("  kim jong un   mengunjungi KNAAZ.  Putin\tmenerima\r\n\r\nundangan. "));
        Assert.Equal(original, ContentHash.Compute("Kim Jong Un mengunjungi KnAAZ.\u00A0Putin menerima undangan."));
    }

    [Fact]
    public void Compute_DifferentText_DifferentHash()
    {
        Assert.NotEqual(
            ContentHash.Compute("Kim Jong Un mengunjungi KnAAZ."),
            ContentHash.Compute("Kim Jong Un mengunjungi Vostochny."));
    }

    [Fact]
    public void Compute_Text_IsLowercaseHexSha256OfCanonicalForm()
    {
        // SHA-256 of "hello world".
        Assert.Equal(
            "b94d27b9934d3e08a52e52d7da7dabfac484efe37a5380ee9088f7ace2efcde9",
            ContentHash.Compute("  Hello\n World "));
    }

    [Fact]
    public void Compute_SampleArticleAfterNormalising_SameAsRaw()
    {
        var raw = Samples.KimJongUn();

        Assert.Equal(ContentHash.Compute(raw), ContentHash.Compute(TextNormalizer.Normalize(raw)));
    }
}
