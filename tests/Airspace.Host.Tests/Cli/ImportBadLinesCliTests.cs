using Airspace.Host.Tests.Support;

namespace Airspace.Host.Tests.Cli;

public sealed class ImportBadLinesCliTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    private Task<CliResult> Airspace(params string[] args) => Support.Cli.RunAsync(_temp.Path, [.. args, "--data", _temp.Combine("data")]);

    [Fact]
    public async Task Import_JsonLinesWithBadLines_StoresTheGoodOnesAndReportsEachBadLineByNumber()
    {
        var file = _temp.Combine("batch.jsonl");
        await File.WriteAllLinesAsync(file,
        [
            """{"id": "good-1", "title": "Hercules C-130J tiba", "text": "Pesawat angkut C-130J Super Hercules tiba di Lanud Halim. Pesawat itu akan memperkuat Skadron Udara 31."}""",
            """{"title": "broken""",
            "[1, 2, 3]",
            "",
            """{"id": "good-2", "title": "Kapal selam baru tiba", "text": "Kapal selam baru TNI AL tiba di Surabaya pagi ini. Kapal itu dibangun di Korea Selatan."}""",
            """{"id": "only-links", "title": "Tautan", "text": "Baca juga: Berita lain yang menarik"}""",
            """{"id": "no-text", "title": "Tanpa isi"}""",
        ]);

        var result = await Airspace("import", file);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("2 new", result.Stdout, StringComparison.Ordinal);
        var errors = result.Stderr.Split('\n').Where(l => l.StartsWith("error: ", StringComparison.Ordinal)).ToList();
        Assert.Equal(4, errors.Count);
        Assert.StartsWith("error: batch.jsonl: line 2: invalid JSON", errors[0], StringComparison.Ordinal);
        Assert.StartsWith("error: batch.jsonl: line 3: expected a JSON object", errors[1], StringComparison.Ordinal);
        Assert.StartsWith("error: batch.jsonl: line 6 (id \"only-links\"): ", errors[2], StringComparison.Ordinal);
        Assert.StartsWith("error: batch.jsonl: line 7 (id \"no-text\"): no article text", errors[3], StringComparison.Ordinal);
        var latest = await Airspace("latest");
        Assert.Contains("Hercules C-130J tiba", latest.Stdout, StringComparison.Ordinal);
        Assert.Contains("Kapal selam baru tiba", latest.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Summarize_JsonLinesWithBadLines_ReportsThemAsImportDoes()
    {
        var file = _temp.Combine("in.jsonl");
        await File.WriteAllLinesAsync(file, ["""{"id": 1, "text": "Satu kalimat. Dua kalimat."}""", """{"text": "no id"}"""]);

        var result = await Airspace("summarize", "--input", file);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("error: in.jsonl: line 2: missing \"id\"", result.Stderr, StringComparison.Ordinal);
    }

    public void Dispose() => _temp.Dispose();
}
