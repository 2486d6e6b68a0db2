using System.Text;
using Airspace.Host.Tests.Support;

namespace Airspace.Host.Tests.Cli;

/// <summary>Freezes the CLI verbs that share a chat command's handler (latest, search): arguments, output, error lines, exit code.</summary>
public sealed class ChatVerbGoldenTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    [Fact]
    public async Task Golden_LatestAndSearchVerbs_PrintAsFrozen()
    {
        var data = _temp.Combine("data");
        Assert.Equal(0, (await Support.Cli.RunAsync(_temp.Path, "import", Samples.SeedArticle, "--data", data)).ExitCode);
        var transcript = new StringBuilder();
        foreach (var args in new[]
        {
            new[] { "latest" },
            ["latest", "-n", "2"],
            ["latest", "--count", "0"],
            ["search", "Su-57"],
            ["search", "\"kerja sama\"", "Su-57"],
            ["search", "Su-57", "--page", "2"],
            ["search", "zzzzqqq"],
        })
        {
            var result = await Support.Cli.RunAsync(_temp.Path, [.. args, "--data", data]);
            transcript.Append("### airspace ").Append(string.Join(' ', args)).Append('\n')
                .Append("exit ").Append(result.ExitCode).Append('\n')
                .Append(result.Stdout.ReplaceLineEndings("\n"));
            foreach (var error in result.Stderr.ReplaceLineEndings("\n").Split('\n').Where(l => l.StartsWith("error: ", StringComparison.Ordinal)))
            {
                transcript.Append(error).Append('\n');
            }
        }

        var actual = transcript.ToString().ReplaceLineEndings("\n");
        Assert.Equal(GoldenFile.Expected("cli-chat-verbs", actual), actual);
    }

    public void Dispose() => _temp.Dispose();
}
