using Airspace.Core.Localization;
using Airspace.Search.Tests.Support;

namespace Airspace.Search.Tests;

/// <summary>The notices shown under a search reply are in the asker's chat language (English or Indonesian).</summary>
public sealed class NoticeLanguageTests : IDisposable
{
    private readonly TempIndex index = new();

    public void Dispose() => index.Dispose();

    [Theory]
    [InlineData("en", "  ", "Type one or more words to search for.")]
    [InlineData("id", "  ", "Ketik satu kata atau lebih untuk dicari.")]
    [InlineData("id", "Su-57 \"kerja sama", "Tanda kutip yang tidak berpasangan diabaikan.")]
    [InlineData("id", "Su-57 after:kemarin", "after:kemarin diabaikan — tulis tanggal seperti 2023-01-31, 2023-01, atau 2023.")]
    public async Task SearchAsync_NoticeInLanguage_InThatLanguage(string language, string query, string expected)
    {
        await index.AddAsync(SearchSamples.KimJongUnKnaaz());
        using var scope = ChatLanguage.Use(language);

        var results = await index.SearchAsync(query);

        Assert.Equal(expected, results.Notice);
    }
}
