using System.Text.Json;
using Airspace.Host.Tests.Support;

namespace Airspace.Host.Tests.Cli;

public sealed class CliTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    private string Data => _temp.Combine("data");

    private Task<CliResult> Airspace(params string[] args) => Support.Cli.RunAsync(_temp.Path, [.. args, "--data", Data]);

    [Fact]
    public async Task Import_SameFileTwice_StoresOneArticle()
    {
        var first = await Airspace("import", Samples.SeedArticle);
        var second = await Airspace("import", Samples.SeedArticle);

        Assert.Equal(0, first.ExitCode);
        Assert.Contains("1 new", first.Stdout, StringComparison.Ordinal);
        Assert.Equal(0, second.ExitCode);
        Assert.Contains("0 new", second.Stdout, StringComparison.Ordinal);
        Assert.Contains("1 unchanged", second.Stdout, StringComparison.Ordinal);
        var latest = await Airspace("latest", "-n", "10");
        Assert.Contains("The latest article:", latest.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("2. ", latest.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("dikunjungi")]
    [InlineData("Su-57")]
    [InlineData("\"kerja sama\"")]
    public async Task Search_ImportedSeedArticle_IsFound(string query)
    {
        await Airspace("import", Samples.SeedArticle);

        var result = await Airspace("search", query);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains(Samples.SeedTitleStart, result.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"AIRSPACE REVIEW\"")]
    [InlineData("JDN")]
    public async Task Search_DatelineAndAuthorTag_AreNotIndexed(string query)
    {
        await Airspace("import", Samples.SeedArticle);

        var result = await Airspace("search", query);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("No articles match", result.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("F-16 OR")]
    [InlineData("((")]
    [InlineData("*")]
    [InlineData("title:")]
    [InlineData("\"unbalanced")]
    public async Task Search_HostileQuery_AnswersWithoutError(string query)
    {
        await Airspace("import", Samples.SeedArticle);

        var result = await Airspace("search", query);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Stderr);
    }

    [Fact]
    public async Task Latest_AfterImport_PrintsSummaryWithoutDatelineOrAuthorTag()
    {
        await Airspace("import", Samples.SeedArticle);

        var result = await Airspace("latest");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains(Samples.SeedTitleStart, result.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("AIRSPACE REVIEW (", result.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("-JDN-", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_MalformedAndMissingFiles_ReportsEachAndExitsNonZero()
    {
        var broken = _temp.Combine("broken.json");
        await File.WriteAllTextAsync(broken, "[{\"title\": 1,");

        var result = await Airspace("import", broken, _temp.Combine("missing.txt"), Samples.SeedArticle);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("1 new", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("broken.json", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("missing.txt", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Summarize_JsonLines_WritesOneSummaryPerGoodLineAndReportsBadOnes()
    {
        var input = _temp.Combine("in.jsonl");
        var output = _temp.Combine("out.jsonl");
        var text = (await File.ReadAllTextAsync(Samples.SeedArticle)).ReplaceLineEndings("\n");
        await File.WriteAllLinesAsync(input,
        [
            JsonSerializer.Serialize(new { id = "a1", text }),
            "{not json",
            JsonSerializer.Serialize(new { id = 7, text = "Pesawat tempur Su-35S terbang di atas Moskow. Pesawat itu buatan KnAAZ. Rusia menyiapkan ekspor ke negara lain." }),
        ]);

        var result = await Airspace("summarize", "--input", input, "--output", output);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("line 2", result.Stderr, StringComparison.Ordinal);
        var lines = await File.ReadAllLinesAsync(output);
        Assert.Equal(2, lines.Length);
        using var first = JsonDocument.Parse(lines[0]);
        Assert.Equal("a1", first.RootElement.GetProperty("id").GetString());
        var summary = first.RootElement.GetProperty("summary").GetString()!;
        Assert.StartsWith("Pemimpin Korea Utara", summary, StringComparison.Ordinal);
        Assert.InRange(summary.Length, 50, 600);
        Assert.DoesNotContain("JDN", summary, StringComparison.Ordinal);
        using var second = JsonDocument.Parse(lines[1]);
        Assert.Equal(7, second.RootElement.GetProperty("id").GetInt32());
    }

    [Fact]
    public async Task Summarize_File_PrintsTitleAndSummary()
    {
        var result = await Airspace("summarize", Samples.SeedArticle);

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith(Samples.SeedTitleStart, result.Stdout, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Data), "summarize must not create a store");
    }

    [Fact]
    public async Task Subscriptions_AddListRemove_RoundTrips()
    {
        var add = await Airspace("subscriptions", "add", "telegram:-1001234567890", "--keyword", "F-16", "--keyword", "Su-57");
        var list = await Airspace("subscriptions", "list");
        var remove = await Airspace("subscriptions", "remove", "telegram:-1001234567890");
        var after = await Airspace("subscriptions", "list");

        Assert.Equal(0, add.ExitCode);
        Assert.Contains("telegram:-1001234567890: articles mentioning F-16, Su-57", list.Stdout, StringComparison.Ordinal);
        Assert.Equal(0, remove.ExitCode);
        Assert.Contains("No subscriptions.", after.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SubscriptionsAdd_InvalidAddress_ExplainsTheForm()
    {
        var result = await Airspace("subscriptions", "add", "telegram:@channel-name");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("telegram:<numeric chat id>", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_InvalidConfiguration_ExitsWithOneSentenceNamingTheKey()
    {
        var result = await Support.Cli.RunAsync(_temp.Path, [("Airspace__Dispatcher__MaxAttempts", "0")], "run", "--data", Data);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Airspace:Dispatcher:MaxAttempts", result.Stderr, StringComparison.Ordinal);
        Assert.Single(result.Stderr.Trim().Split('\n'));
    }

    [Theory]
    [InlineData("Airspace__Dispatcher__PollInterval", "abc", "Airspace:Dispatcher:PollInterval")]
    [InlineData("Airspace__Search__Indexer__BatchSize", "0", "Airspace:Search:Indexer:BatchSize")]
    public async Task Verb_BadlyTypedOrOutOfRangeSetting_ExitsWithOneSentenceNamingTheKey(string variable, string value, string key)
    {
        var result = await Support.Cli.RunAsync(_temp.Path, [(variable, value)], "latest", "--data", Data);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(key, result.Stderr, StringComparison.Ordinal);
        Assert.Single(result.Stderr.Trim().Split('\n'));
    }

    [Fact]
    public async Task IndexRebuild_AfterImport_IndexesEveryArticle()
    {
        await Airspace("import", Samples.SeedArticle);

        var result = await Airspace("index", "rebuild");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Indexed 1 article.", result.Stdout, StringComparison.Ordinal);
    }

    public void Dispose() => _temp.Dispose();
}
