using Airspace.Host.Tests.Support;

namespace Airspace.Host.Tests.Cli;

/// <summary>The README's example of a Markdown file naming its source in front matter, through the real CLI.</summary>
public sealed class FrontMatterSourceCliTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    private Task<CliResult> Airspace(params string[] args) => Support.Cli.RunAsync(_temp.Path, [.. args, "--data", _temp.Combine("data")]);

    [Fact]
    public async Task Import_MarkdownWithFrontMatterSource_ShowsAndFiltersByThatSource()
    {
        var named = _temp.Write("radar-natuna.md", """
            ---
            title: Radar baru dipasang di Natuna
            source: kompas.com
            url: https://kompas.com/radar-natuna
            date: 2026-12-01T09:00:00+07:00
            ---
            TNI AU memasang radar baru di Natuna. Radar itu buatan Thales dan memantau wilayah udara hingga 400 kilometer.
            """);
        var unnamed = _temp.Write("radar-biak.md", """
            # Radar baru dipasang di Biak

            TNI AU memasang radar baru di Biak. Radar itu memantau wilayah udara timur Indonesia.
            """);
        Assert.Equal(0, (await Airspace("import", named, unnamed)).ExitCode);

        var bySource = await Airspace("search", "radar source:kompas.com");

        Assert.Equal(0, bySource.ExitCode);
        Assert.Contains("1 result", bySource.Stdout, StringComparison.Ordinal);
        Assert.Contains("Radar baru dipasang di Natuna", bySource.Stdout, StringComparison.Ordinal);
        Assert.Contains("kompas.com · 1 Dec 2026", bySource.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("Biak", bySource.Stdout, StringComparison.Ordinal);
    }

    public void Dispose() => _temp.Dispose();
}
