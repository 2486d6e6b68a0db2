using Airspace.Core.Text;

namespace Airspace.Core.Tests.Text;

/// <summary>Datelines and captions seen in the IndoSum news sample that the summary must not start with.</summary>
public sealed class NewsDatelineTests
{
    private const string Lead = "Komite Olimpiade Indonesia menyatakan kepastian keikutsertaan atlet.";

    [Theory]
    [InlineData("Rimanews - ")]
    [InlineData("Rimanews – ")]
    [InlineData("Okezone — ")]
    [InlineData("Sukabumi, Jawa Barat (ANTARA News) - ")]
    [InlineData("Singkil, Aceh, (ANTARA News) - ")]
    [InlineData("TERMAS DE RIO HONDO, JUARA.net - ")]
    [InlineData("Jakarta, CNN Indonesia -- ")]
    public void Strip_NewsDateline_Removed(string dateline)
    {
        var result = SiteBoilerplate.Strip(dateline + Lead + "\nParagraf kedua.");

        Assert.Equal(Lead + "\nParagraf kedua.", result.Body);
    }

    [Theory]
    [InlineData("Rimanewsnya - kata dia.")]
    [InlineData("Timnas U - 22 kalah 0 - 1 dari Bali United.")]
    [InlineData("Kevin - Prince Boateng sudah menjalani tes medis.")]
    public void Strip_DashInOrdinaryOpening_Kept(string opening)
    {
        Assert.Equal(opening, SiteBoilerplate.Strip(opening).Body);
    }

    [Fact]
    public void Strip_CaptionLineEndingInCredit_Removed()
    {
        var text = "Tim Cook, CEO Apple (Foto: Reuters)\nCEO Apple, Tim Cook mengunjungi Jakarta.";

        Assert.Equal("CEO Apple, Tim Cook mengunjungi Jakarta.", SiteBoilerplate.Strip(text).Body);
    }
}
