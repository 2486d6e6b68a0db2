using Airspace.Core.Text;

namespace Airspace.Core.Tests.Text;

public sealed class SiteBoilerplateTests
{
    [Fact]
    public void Strip_SampleArticle_RemovesDatelineAndAuthorTag()
    {
        var result = SiteBoilerplate.Strip(TextNormalizer.Normalize(Samples.KimJongUn()));

        Assert.Equal("airspace-review.com", result.Site);
        Assert.Equal("JDN", result.Author);
        Assert.StartsWith("Pemimpin Korea Utara Kim Jong Un mengunjungi", result.Body);
        Assert.EndsWith("reaksi yang sedang dilakukan Ukraina,” kata Yusov.", result.Body);
        Assert.DoesNotContain("AIRSPACE", result.Body);
        Assert.DoesNotContain("JDN", result.Body);
        Assert.Equal(17, result.Body.Split('\n').Length);
    }

    [Theory]
    [InlineData("AIRSPACE-REVIEW.com – ")]
    [InlineData("AIRSPACE-REVIEW.com - ")]
    [InlineData("Airspace-Review.com—")]
    [InlineData("AIRSPACE-REVIEW.COM  --  ")]
    [InlineData("AIRSPACE REVIEW (airspace-review.com) - ")]
    [InlineData("Airspace Review (www.airspace-review.com) — ")]
    public void Strip_AirspaceDatelineVariants_RemovedWithSite(string dateline)
    {
        var text = dateline + "TNI AU menerima dua pesawat C-130J.\nPesawat tiba di Lanud Halim.\n-Poetra-";

        var result = SiteBoilerplate.Strip(text);

        Assert.Equal("TNI AU menerima dua pesawat C-130J.\nPesawat tiba di Lanud Halim.", result.Body);
        Assert.Equal("airspace-review.com", result.Site);
        Assert.Equal("Poetra", result.Author);
    }

    [Theory]
    [InlineData("-JDN-", "JDN")]
    [InlineData("- Roni Sontani -", "Roni Sontani")]
    [InlineData("–Poetra–", "Poetra")]
    [InlineData("(JDN)", "JDN")]
    [InlineData("Penulis: Roni Sontani", "Roni Sontani")]
    public void Strip_AuthorTagLine_RemovedAndReturned(string tag, string author)
    {
        var result = SiteBoilerplate.Strip($"Pesawat tiba di Lanud Halim.\n{tag}");

        Assert.Equal("Pesawat tiba di Lanud Halim.", result.Body);
        Assert.Equal(author, result.Author);
    }

    [Fact]
    public void Strip_AuthorTagGluedToLastParagraph_RemovedAndReturned()
    {
        var result = SiteBoilerplate.Strip("Ini adalah sebuah skenario,” kata Yusov. -JDN-");

        Assert.Equal("Ini adalah sebuah skenario,” kata Yusov.", result.Body);
        Assert.Equal("JDN", result.Author);
    }

    [Theory]
    [InlineData("JAKARTA, KOMPAS.com - ", "kompas.com")]
    [InlineData("Jakarta, CNN Indonesia -- ", null)]
    [InlineData("Wamena (ANTARA News) - ", null)]
    [InlineData("JAKARTA (Pos Kota) – ", null)]
    [InlineData("Suara.com - ", "suara.com")]
    [InlineData("GOLD COAST, JUARA.net - ", "juara.net")]
    [InlineData("SPANYOL – ", null)]
    public void Strip_GenericDateline_RemovedAtStart(string dateline, string? site)
    {
        var result = SiteBoilerplate.Strip(dateline + "Harga tiket pesawat turun menjelang libur.");

        Assert.Equal("Harga tiket pesawat turun menjelang libur.", result.Body);
        Assert.Equal(site, result.Site);
    }

    [Theory]
    [InlineData("Menurut dia, kondisi pesawat - yang sudah tua - masih layak terbang.")]
    [InlineData("TNI - AU mengirim pesawat ke Papua.")]
    [InlineData("Pesawat F-16 - Fighting Falcon tiba di Madiun.")]
    [InlineData("Harga tiket pesawat turun, kata Menteri Perhubungan.")]
    public void Strip_OrdinaryFirstSentence_Unchanged(string text)
    {
        var result = SiteBoilerplate.Strip(text);

        Assert.Equal(text, result.Body);
        Assert.Null(result.Site);
        Assert.Null(result.Author);
    }

    [Fact]
    public void Strip_RelatedArticleLines_RemovedAnywhere()
    {
        var text = "Paragraf satu.\n\nBaca juga: Setya Novanto: Jangan Sampai Kisruh\n\nParagraf dua.\n"
            + "BACA JUGA : Tarif Taksi Online\nSimak juga: Video Latihan\nLihat juga Galeri Foto\n"
            + "[Baca Juga: Ada Apa?]\nParagraf tiga.\n\nBaca juga: Sebelum 1 April Sudah Ada Ketetapan";

        var result = SiteBoilerplate.Strip(text);

        Assert.Equal("Paragraf satu.\n\nParagraf dua.\nParagraf tiga.", result.Body);
    }

    [Fact]
    public void Strip_PhotoCreditLines_RemovedButProseKept()
    {
        var text = "Foto: Reuters\nPesawat mendarat.\n(Foto: ANTARA/Budi)\nPhoto: AP\n"
            + "Foto bugil Bruni tersebut merupakan karya fotografer Michel Comte pada 1993.";

        var result = SiteBoilerplate.Strip(text);

        Assert.Equal(
            "Pesawat mendarat.\nFoto bugil Bruni tersebut merupakan karya fotografer Michel Comte pada 1993.",
            result.Body);
    }

    [Fact]
    public void Strip_Empty_ReturnsEmptyBody()
    {
        Assert.Equal(new BoilerplateResult(string.Empty, null, null), SiteBoilerplate.Strip(string.Empty));
    }
}
