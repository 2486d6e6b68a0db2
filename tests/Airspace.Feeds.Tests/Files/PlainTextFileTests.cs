namespace Airspace.Feeds.Tests.Files;

public sealed class PlainTextFileTests : ReaderFixture
{
    [Fact]
    public async Task ReadAsync_AirspaceSample_KeepsDatelineAndAuthorTag()
    {
        var draft = Assert.Single(await ReadAsync(Samples.AirspaceArticle));

        Assert.Equal("airspace-review.com", draft.Source);
        Assert.Equal("2023-09-15-kim-jong-un-knaaz", draft.ExternalId);
        Assert.Equal(new DateTimeOffset(2023, 9, 15, 0, 0, 0, TimeSpan.Zero), draft.Published);
        Assert.Null(draft.Title);
        Assert.StartsWith("AIRSPACE REVIEW (airspace-review.com) – Pemimpin Korea Utara Kim Jong Un", draft.Text);
        Assert.EndsWith("\n-JDN-", draft.Text);
        Assert.Equal(18, draft.Text.Split('\n').Length);
        Assert.DoesNotContain("\n\n", draft.Text);
    }

    [Fact]
    public async Task ReadAsync_SampleText_EqualsTheFileLinesTrimmed()
    {
        var expected = string.Join('\n', File.ReadAllLines(Samples.AirspaceArticle).Select(l => l.Trim()).Where(l => l.Length > 0));

        var draft = Assert.Single(await ReadAsync(Samples.AirspaceArticle));

        Assert.Equal(expected, draft.Text);
    }

    [Theory]
    [InlineData("AIRSPACE-REVIEW.com – Jakarta.")]
    [InlineData("airspace review (AIRSPACE-REVIEW.COM) - Jakarta.")]
    public async Task ReadAsync_OtherAirspaceDatelines_SourceIsAirspaceReview(string firstLine)
    {
        var draft = await ReadSingleAsync("story.txt", firstLine + "\nBody.\n-RBS-\n");

        Assert.Equal("airspace-review.com", draft.Source);
    }

    [Fact]
    public async Task ReadAsync_NoDatelineNoDatePrefix_UsesDefaultSourceAndNoDate()
    {
        var draft = await ReadSingleAsync("notes.txt", "Just a paragraph.\r\n\r\n   Another   one.  \r\n");

        Assert.Equal("file", draft.Source);
        Assert.Equal("notes", draft.ExternalId);
        Assert.Null(draft.Published);
        Assert.Equal("Just a paragraph.\nAnother one.", draft.Text);
    }

    [Fact]
    public async Task ReadAsync_DefaultSourceOption_IsUsed()
    {
        var reader = new Airspace.Feeds.Files.ArticleFileReader(new() { DefaultSource = "inbox" });

        var drafts = await reader.ReadAsync(Temp.Write("a.txt", "Text."), CancellationToken.None);

        Assert.Equal("inbox", Assert.Single(drafts).Source);
    }

    [Fact]
    public async Task ReadAsync_InvalidDatePrefix_PublishedIsNull()
    {
        var draft = await ReadSingleAsync("2023-13-45-odd.txt", "Text.");

        Assert.Null(draft.Published);
        Assert.Equal("2023-13-45-odd", draft.ExternalId);
    }

    [Fact]
    public async Task ReadAsync_Utf8Bom_IsStripped()
    {
        var path = Temp.WriteBytes("bom.txt", [0xEF, 0xBB, 0xBF, .. "AIRSPACE-REVIEW.com – Teks."u8]);

        var draft = Assert.Single(await ReadAsync(path));

        Assert.Equal("AIRSPACE-REVIEW.com – Teks.", draft.Text);
        Assert.Equal("airspace-review.com", draft.Source);
    }

    [Theory]
    [InlineData("utf-16")]
    [InlineData("utf-16BE")]
    public async Task ReadAsync_Utf16WithBom_IsDecoded(string encodingName)
    {
        var encoding = System.Text.Encoding.GetEncoding(encodingName);
        var path = Temp.WriteBytes("wide.txt", [.. encoding.GetPreamble(), .. encoding.GetBytes("Pesawat tempur Su-57.\nDua.")]);

        var draft = Assert.Single(await ReadAsync(path));

        Assert.Equal("Pesawat tempur Su-57.\nDua.", draft.Text);
    }
}
