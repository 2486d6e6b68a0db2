using Airspace.Core.Text;

namespace Airspace.Core.Tests.Text;

public sealed class SentenceSplitterTests
{
    [Fact]
    public void Split_SampleArticle_OneSentencePerParagraph()
    {
        // Every paragraph of the sample is one sentence; the last is a three-sentence quote with its attribution.
        var body = SiteBoilerplate.Strip(TextNormalizer.Normalize(Samples.KimJongUn())).Body;

        var sentences = SentenceSplitter.Split(body);

        Assert.Equal(body.Split('\n'), sentences);
        Assert.Equal(Samples.KimJongUnLead, sentences[0]);
    }

    [Theory]
    [InlineData("Rusia membangun jet tempur Su-35S dan Su-57. TNI AU mengoperasikan F-16 dan KF-21.")]
    [InlineData("Acara dimulai pukul 10.30 WIB. Presiden hadir tepat waktu.")]
    [InlineData("Nilainya Rp 1.000.000 atau 1.5 persen dari 3,5 triliun. Jumlah itu naik 1.000 kali.")]
    [InlineData("Dr. Terawan dan dr. Budi hadir di Jl. Sudirman No. 5. Prof. Dr. H. Ahmad juga datang.")]
    [InlineData("Presiden ketiga, B. J. Habibie, merancang N-250. Ia lulusan Aachen.")]
    [InlineData("Kol. Pnb Andi, Letkol. Budi dan Brigjen. TNI Cahyo hadir. Mayjen. Dedi dan Jend. Eko menyusul.")]
    [InlineData("Surat a.n. Menteri dikirim u.p. Direktur, yth. Bapak Kepala. Isinya soal anggaran.")]
    [InlineData("Mr. Smith of Lockheed Martin Corp. met Mrs. Jones, e.g. about the F-35, i.e. the new jet. The U.S. Air Force agreed.")]
    [InlineData("Berita ini dimuat di airspace-review.com pada Jumat. Kirim tanggapan ke redaksi@airspace-review.com sekarang.")]
    [InlineData("Unduh di https://airspace-review.com/2023/09/15/kim?id=1&x=2. Berita lain menyusul.")]
    [InlineData("Boeing vs. Airbus bersaing ketat, dll. dan sebagainya. Keduanya menawarkan pesawat baru.")]
    [InlineData("Ia terdiam... lalu pergi ke hanggar. Pesawat C-130J sudah menunggu.")]
    public void Split_TrickyPeriods_TwoSentences(string text)
    {
        var sentences = SentenceSplitter.Split(text);

        Assert.Equal(2, sentences.Count);
        Assert.Equal(text, string.Join(' ', sentences));
    }

    [Fact]
    public void Split_QuoteEndingWithCommaAndAttribution_OneSentence()
    {
        const string text =
            "“Kami melihat potensi kerja sama untuk mencapai kedaulatan teknologi,” ujar Manturov. Kim tiba Jumat.";

        Assert.Equal(
            ["“Kami melihat potensi kerja sama untuk mencapai kedaulatan teknologi,” ujar Manturov.", "Kim tiba Jumat."],
            SentenceSplitter.Split(text));
    }

    [Fact]
    public void Split_QuoteFollowedByAttributionClause_StaysWithAttribution()
    {
        const string text =
            "“Saya akan selalu mendukung Rusia,” kata Kim, memuji Moskow karena berdiri melawan kekuatan hegemonik. "
            + "Putin mengangguk.";

        var sentences = SentenceSplitter.Split(text);

        Assert.Equal(2, sentences.Count);
        Assert.EndsWith("melawan kekuatan hegemonik.", sentences[0]);
    }

    [Fact]
    public void Split_TokenisedQuoteWithSeveralSentences_OneSentenceWithAttribution()
    {
        const string text =
            "\" Tidak hanya tarif tapi apa saja harus diatur. Dipanggil keduanya untuk berbicara masing-masing. "
            + "Kan bisa saling melengkapi, negara lain bisa masa kita enggak bisa, \" ucap Zulkifli di Gedung DPR, "
            + "Senayan, Jakarta Pusat, Senin (27 / 3). Ketua Umum PAN menambahkan hal ini.";

        var sentences = SentenceSplitter.Split(text);

        Assert.Equal(2, sentences.Count);
        Assert.EndsWith("\" ucap Zulkifli di Gedung DPR, Senayan, Jakarta Pusat, Senin (27 / 3).", sentences[0]);
        Assert.Equal("Ketua Umum PAN menambahkan hal ini.", sentences[1]);
    }

    [Fact]
    public void Split_TokenisedQuoteEndingWithPeriod_AttributionKept()
    {
        const string text = "\" Ia tambahan yang sangat bagus untuk tim ini. \" tutup mantan gelandang The Reds tersebut.";

        Assert.Equal([text], SentenceSplitter.Split(text));
    }

    [Theory]
    [InlineData("Ia berkata, \"Kami siap.\" Lalu ia pergi.", "Ia berkata, \"Kami siap.\"")]
    [InlineData("Ia berkata, “Kami siap.” Lalu ia pergi.", "Ia berkata, “Kami siap.”")]
    [InlineData("Ia bertanya, “Siapkah kita?” Lalu ia pergi.", "Ia bertanya, “Siapkah kita?”")]
    [InlineData("Pesawat itu (Su-35S.) Lalu ia pergi.", "Pesawat itu (Su-35S.)")]
    public void Split_SentenceEndingInsideQuote_IncludesClosingQuote(string text, string first)
    {
        Assert.Equal([first, "Lalu ia pergi."], SentenceSplitter.Split(text));
    }

    [Fact]
    public void Split_QuestionAndExclamation_Split()
    {
        Assert.Equal(
            ["Benarkah?!", "Ya, benar.", "Mengapa?", "Karena begitu!", "Tunggu dulu…", "Kami akan kembali."],
            SentenceSplitter.Split("Benarkah?! Ya, benar. Mengapa? Karena begitu! Tunggu dulu… Kami akan kembali."));
    }

    [Fact]
    public void Split_ParagraphBreak_NeverSpanned()
    {
        Assert.Equal(
            ["Kalimat pertama tanpa titik", "kalimat kedua.", "Ketiga.", "Keempat"],
            SentenceSplitter.Split("Kalimat pertama tanpa titik\nkalimat kedua.\n\n  Ketiga.  \nKeempat"));
    }

    [Fact]
    public void Split_NumberedListItem_NotASentenceOfItsOwn()
    {
        Assert.Equal(["1. Pesawat tempur Rafale.", "2. Kapal selam Scorpene."], SentenceSplitter.Split("1. Pesawat tempur Rafale.\n2. Kapal selam Scorpene."));
    }

    [Fact]
    public void Split_StrayClosingQuote_JoinsPreviousSentence()
    {
        Assert.Equal(
            ["Kami hanya butuh kemenangan. ”", "Pochettino benar.", "Itu saja. \""],
            SentenceSplitter.Split("Kami hanya butuh kemenangan. ” Pochettino benar. Itu saja. \""));
    }

    [Theory]
    [InlineData("")]
    [InlineData(" \n\n \t")]
    public void Split_Blank_NoSentences(string text)
    {
        Assert.Empty(SentenceSplitter.Split(text));
    }

    [Fact]
    public void Split_IndoSumArticles_LosesNoText()
    {
        foreach (var (id, text) in Samples.IndoSum(100))
        {
            var body = TextNormalizer.Normalize(text);

            var sentences = SentenceSplitter.Split(body);

            Assert.All(sentences, s => Assert.False(string.IsNullOrWhiteSpace(s), id));
            Assert.All(sentences, s => Assert.Contains(s, body));
            Assert.Equal(WithoutWhitespace(body), WithoutWhitespace(string.Concat(sentences)));
        }
    }

    private static string WithoutWhitespace(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
