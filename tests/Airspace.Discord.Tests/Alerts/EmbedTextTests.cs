using Airspace.Discord.Rendering;

namespace Airspace.Discord.Tests.Alerts;

public sealed class EmbedTextTests
{
    [Fact]
    public void Fit_TextOverTheLimit_KeepsWholeSentences()
    {
        var text = "Kalimat pertama cukup pendek. Kalimat kedua juga pendek. Kalimat ketiga membuatnya terlalu panjang.";

        var fitted = DiscordText.Fit(text, 60);

        Assert.Equal("Kalimat pertama cukup pendek. Kalimat kedua juga pendek.", fitted);
    }

    [Fact]
    public void Fit_OneSentenceTooLong_CutsAtAWordWithAnEllipsis()
    {
        var fitted = DiscordText.Fit("Satu kalimat yang sangat panjang tanpa titik sama sekali di dalamnya", 30);

        Assert.Equal("Satu kalimat yang sangat…", fitted);
    }

    [Fact]
    public void CutAtWord_HardCutInsideASurrogatePair_NeverSplitsIt()
    {
        var text = new string('a', 8) + "🛩️🛩️🛩️";

        var cut = DiscordText.CutAtWord(text, 10);

        Assert.True(cut.Length <= 10);
        Assert.False(char.IsHighSurrogate(cut[^2]));
    }

    [Fact]
    public void Escape_Markdown_IsShownAsWritten()
    {
        Assert.Equal(@"F-16 \*baru\* \_x\_ \[link\](u) \<@123\>", DiscordText.Escape("F-16 *baru* _x_ [link](u) <@123>"));
    }

    [Fact]
    public void Fit_EmbedsOverTheTotal_ShortensDescriptionsUntilTheMessageFits()
    {
        var embeds = Enumerable.Range(1, 5)
            .Select(i => new Airspace.Discord.Transport.Wire.Embed { Title = "Judul " + i, Description = string.Concat(Enumerable.Repeat("Kalimat panjang sekali. ", 100)).TrimEnd() })
            .ToArray();

        var fitted = EmbedFitter.Fit(embeds);

        Assert.Equal(5, fitted.Count);
        Assert.True(fitted.Sum(EmbedFitter.Length) <= 6000);
        Assert.All(fitted, e => Assert.EndsWith(".", e.Description, StringComparison.Ordinal));
        Assert.All(fitted, e => Assert.True(e.Description!.Length > 1000, "the budget is shared, not given to a few"));
    }
}
