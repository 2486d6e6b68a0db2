using System.CommandLine;
using Airspace.Host.Cli;
using Airspace.Host.Tests.Support;

namespace Airspace.Host.Tests.Cli;

public sealed class HelpCliTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    /// <summary>Every verb's path ("sources add"), the root's being empty, walked from the real command tree.</summary>
    public static TheoryData<string> Verbs()
    {
        var data = new TheoryData<string>();
        void Walk(Command command, string path)
        {
            data.Add(path);
            foreach (var sub in command.Subcommands)
            {
                Walk(sub, path.Length == 0 ? sub.Name : $"{path} {sub.Name}");
            }
        }

        Walk(CliApp.CreateRoot(), "");
        return data;
    }

    [Theory]
    [MemberData(nameof(Verbs))]
    public void Help_EveryVerb_EndsWithAOneLineExampleOfThatVerb(string path)
    {
        using var output = new StringWriter();
        string[] args = [.. path.Split(' ', StringSplitOptions.RemoveEmptyEntries), "--help"];

        var exitCode = CliApp.CreateRoot().Parse(args).Invoke(new InvocationConfiguration { Output = output });

        Assert.Equal(0, exitCode);
        var help = output.ToString().ReplaceLineEndings("\n");
        var example = Assert.Single(help.Split("\nExample:\n").Skip(1));
        var line = Assert.Single(example.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith(path.Length == 0 ? "  airspace " : $"  airspace {path} ", line + " ", StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_RealExecutable_ShowsTheVerbsExample()
    {
        var result = await Support.Cli.RunAsync(_temp.Path, "sources", "add", "--help");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Example:", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("airspace sources add review https://airspace-review.com/", result.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("deliveries", "failed or wait")]
    [InlineData("sources", "Feeds and sites Airspace polls")]
    [InlineData("index", "search index")]
    [InlineData("feed", "parse it")]
    public void Help_Group_SaysWhatItHolds(string group, string words)
    {
        var command = CliApp.CreateRoot().Subcommands.Single(c => c.Name == group);

        Assert.Contains(words, command.Description, StringComparison.Ordinal);
    }

    public void Dispose() => _temp.Dispose();
}
