using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Airspace.Benchmarks.Rouge;

namespace Airspace.Benchmarks.Summaries;

/// <summary>Scores the same hypotheses with <c>bench/tools/rouge.py</c> (when python3 is on PATH) to check the C# scorer.</summary>
public static partial class PythonRougeCheck
{
    /// <summary>rouge.py's (paper, plain) means, or null when python3 is not available.</summary>
    public static (RougeScore Paper, RougeScore Plain)? Score(string root, IReadOnlyList<EvalArticle> articles, IReadOnlyList<string> hypotheses)
    {
        var folder = Path.Combine(Path.GetTempPath(), "airspace-bench");
        Directory.CreateDirectory(folder);
        var hypPath = Path.Combine(folder, $"hyp-{Guid.NewGuid():N}.jsonl");
        var refPath = Path.Combine(folder, $"ref-{Guid.NewGuid():N}.jsonl");
        try
        {
            File.WriteAllLines(hypPath, articles.Select((a, i) => JsonSerializer.Serialize(new { id = a.Article.Id, summary = hypotheses[i] })));
            File.WriteAllLines(refPath, articles.Select(a => JsonSerializer.Serialize(new { id = a.Article.Id, summary = a.Article.Summary })));
            var start = new ProcessStartInfo("python3")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var arg in new[] { Path.Combine(root, "bench", "tools", "rouge.py"), "--hyp", hypPath, "--ref", refPath, "--flavour", "both" })
            {
                start.ArgumentList.Add(arg);
            }

            using var process = Process.Start(start);
            if (process is null)
            {
                return null;
            }

            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            var paper = Line().Match(output[output.IndexOf("paper", StringComparison.Ordinal)..]);
            var plain = Line().Match(output[output.IndexOf("plain", StringComparison.Ordinal)..]);
            return process.ExitCode == 0 && paper.Success && plain.Success ? (Parse(paper), Parse(plain)) : null;
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or ArgumentOutOfRangeException)
        {
            return null;
        }
        finally
        {
            File.Delete(hypPath);
            File.Delete(refPath);
        }
    }

    private static RougeScore Parse(Match m) => new(
        double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) / 100,
        double.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture) / 100,
        double.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture) / 100);

    [GeneratedRegex(@"R1 ([\d.]+)\s+R2 ([\d.]+)\s+RL ([\d.]+)")]
    private static partial Regex Line();
}
