using Airspace.Host.Tests.Support;

namespace Airspace.Host.Tests.Cli;

/// <summary><c>airspace search --page/--limit</c>: a page past the last says how many there are; bad values are errors.</summary>
public sealed class SearchPagingCliTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    private string Data => _temp.Combine("data");

    private Task<CliResult> Airspace(params string[] args) => Support.Cli.RunAsync(_temp.Path, [.. args, "--data", Data]);

    private async Task ImportThreeAsync()
    {
        var folder = _temp.Combine("articles");
        Directory.CreateDirectory(folder);
        foreach (var (name, place) in new[] { ("madiun", "Madiun"), ("pekanbaru", "Pekanbaru"), ("makassar", "Makassar") })
        {
            await File.WriteAllTextAsync(
                Path.Combine(folder, $"2024-01-0{name.Length % 9}-{name}.txt"),
                $"Pesawat tempur baru tiba di {place} pada hari Selasa.\nPesawat itu memperkuat skadron udara di {place}. Kepala Staf TNI AU menyambut kedatangan pesawat tersebut di {place}.\n");
        }

        Assert.Equal(0, (await Airspace("import", folder)).ExitCode);
    }

    [Fact]
    public async Task Search_PagePastTheLast_SaysThereIsNoSuchPageAndHowManyThereAre()
    {
        await ImportThreeAsync();

        var result = await Airspace("search", "pesawat", "--page", "99");

        Assert.Equal(ExitCodesInputError, result.ExitCode);
        Assert.Contains("There is no page 99 for “pesawat”: it has 1 page (3 results).", result.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("No articles match", result.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-1")]
    public async Task Search_PageBelowOne_IsAnError(string page)
    {
        await ImportThreeAsync();

        var result = await Airspace("search", "pesawat", "--page=" + page);

        Assert.Equal(ExitCodesInputError, result.ExitCode);
        Assert.Contains($"There is no page {page}: pages start at 1.", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_Limit_SetsTheResultsAPage()
    {
        await ImportThreeAsync();

        var first = await Airspace("search", "pesawat", "--limit", "2");
        var second = await Airspace("search", "pesawat", "--limit", "2", "--page", "2");
        var tooMany = await Airspace("search", "pesawat", "--limit", "11");

        Assert.Equal(0, first.ExitCode);
        Assert.Contains("3 results for “pesawat” (page 1 of 2):", first.Stdout, StringComparison.Ordinal);
        Assert.Contains("\n2. ", first.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("\n3. ", first.Stdout, StringComparison.Ordinal);
        Assert.Contains("(page 2 of 2)", second.Stdout, StringComparison.Ordinal);
        Assert.Contains("\n3. ", second.Stdout, StringComparison.Ordinal);
        Assert.Equal(ExitCodesInputError, tooMany.ExitCode);
        Assert.Contains("error: --limit must be between 1 and 10.", tooMany.Stderr, StringComparison.Ordinal);
    }

    private const int ExitCodesInputError = 1;

    public void Dispose() => _temp.Dispose();
}
