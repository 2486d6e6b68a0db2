using Airspace.Core.Search;
using Airspace.Host.Seeding;
using Airspace.Host.Tests.Support;

namespace Airspace.Host.Tests.Cli;

/// <summary>The real executable: importing the samples folder, re-importing undated files, removing the demo.</summary>
public sealed class DemoCliTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    private string Data => _temp.Combine("data");

    private Task<CliResult> Airspace(params string[] args) => Support.Cli.RunAsync(_temp.Path, [.. args, "--data", Data]);

    public void Dispose() => _temp.Dispose();

    /// <summary>The repository's samples/ folder as a user has it, the tokenised IndoSum file included.</summary>
    private string RepositorySamples()
    {
        var folder = _temp.Combine("samples");
        foreach (var file in Directory.EnumerateFiles(Samples.Folder, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(folder, Path.GetRelativePath(Samples.Folder, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }

        // The build does not copy the tokenised split beside the tests; its shape is enough: tokens, labels, no text.
        File.WriteAllText(Path.Combine(folder, "indosum", "dev.01.jsonl"),
            """{"category": "tajuk utama", "gold_labels": [[true]], "id": "1490674536-mustahil-transportasi-tradisional-dan-online-bersa", "paragraphs": [[["Ketua", "MPR", "Zulkifli"]]], "source": "kumparan", "source_url": "https://kumparan.com/x", "summary": [["Ketua", "MPR"]]}""" + "\n");
        return folder;
    }

    [Fact]
    public async Task Import_TheSamplesFolder_ImportsThe751ArticlesAndExitsZero()
    {
        var result = await Airspace("import", RepositorySamples());

        Assert.True(result.ExitCode == 0, result.Stdout + result.Stderr);
        Assert.Contains("Read 2 files: 751 new, 0 updated, 0 unchanged, 0 errors.", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("Skipped 5 files that hold no articles: ", result.Stdout, StringComparison.Ordinal);
        Assert.Equal("", result.Stderr);
        // IndoSum records carry their real dates (from the id), so the newest is the 2023 Airspace article, then IndoSum's newest, from February 2018.
        var latest = await Airspace("latest", "-n", "2");
        Assert.Contains(Samples.SeedTitleStart, latest.Stdout, StringComparison.Ordinal);
        Assert.Contains("28 Feb 2018", latest.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_UndatedTextFileAgain_IsUnchanged()
    {
        var note = _temp.Combine("catatan-redaksi.txt");
        await File.WriteAllTextAsync(note, "Pesawat angkut C-130J Super Hercules tiba di Lanud Halim Perdanakusuma.\nPesawat itu akan memperkuat Skadron Udara 31.\n");

        var first = await Airspace("import", note);
        await Task.Delay(1100);
        var second = await Airspace("import", note);

        Assert.Contains("1 new", first.Stdout, StringComparison.Ordinal);
        Assert.Contains("0 new, 0 updated, 1 unchanged", second.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DemoRemove_AfterADemoRun_DeletesTheDemoFromStoreAndSearch()
    {
        await using (var bot = TestBot.Create(TestBot.Settings(Data, Samples.AirspaceOnly(_temp))))
        {
            await bot.Get<SampleSeeder>().SeedAsync(default);
            Assert.Equal(1, await bot.Get<SearchIndexer>().CatchUpAsync(default));
        }

        var before = await Airspace("search", "Kim Jong Un");
        var removed = await Airspace("demo", "remove");
        var search = await Airspace("search", "Kim Jong Un");
        var latest = await Airspace("latest");
        var again = await Airspace("demo", "remove");

        Assert.Contains(Samples.SeedTitleStart, before.Stdout, StringComparison.Ordinal);
        Assert.Equal(0, removed.ExitCode);
        Assert.Equal("Removed 1 demo article.\n", removed.Stdout.ReplaceLineEndings("\n"));
        Assert.DoesNotContain(Samples.SeedTitleStart, search.Stdout, StringComparison.Ordinal);
        Assert.Contains("No articles", search.Stdout, StringComparison.Ordinal);
        Assert.Contains("No articles yet.", latest.Stdout, StringComparison.Ordinal);
        Assert.Equal("There are no demo articles.\n", again.Stdout.ReplaceLineEndings("\n"));
    }
}
