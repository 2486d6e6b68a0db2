using Airspace.Host.Tests.Support;

namespace Airspace.Host.Tests.Cli;

/// <summary><c>airspace import</c> follows a link the operator names, but not links inside a folder it walks.</summary>
public sealed class ImportLinkTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    private Task<CliResult> Airspace(params string[] args) => Support.Cli.RunAsync(_temp.Path, [.. args, "--data", _temp.Combine("data")]);

    [Fact]
    public async Task Import_LinkNamedOnTheCommandLine_IsImported()
    {
        var link = _temp.Combine("named.txt");
        File.CreateSymbolicLink(link, Samples.SeedArticle);

        var result = await Airspace("import", link);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("1 new", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_FolderHoldingALink_LinkRefusedAndTheRestImported()
    {
        var folder = _temp.Combine("articles");
        Directory.CreateDirectory(folder);
        File.Copy(Samples.SeedArticle, Path.Combine(folder, "a-real.txt"));
        var secret = _temp.Combine("secret.txt");
        await File.WriteAllTextAsync(secret, "The bot token is TOP-SECRET-4711.");
        File.CreateSymbolicLink(Path.Combine(folder, "b-link.txt"), secret);

        var result = await Airspace("import", folder);
        var search = await Airspace("search", "TOP-SECRET-4711");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("1 new", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("b-link.txt: is a symbolic link", result.Stderr, StringComparison.Ordinal);
        Assert.StartsWith("No articles match", search.Stdout, StringComparison.Ordinal);
    }

    public void Dispose() => _temp.Dispose();
}
