using System.Text.RegularExpressions;

namespace Airspace.Journeys.Tests.Harness;

/// <summary>What one run of a CLI verb left behind: its exit code and everything it printed.</summary>
public sealed partial record CliResult(int ExitCode, string Stdout, string Stderr)
{
    /// <summary>
    /// Frames of a .NET stack trace ("   at Namespace.Type.Method(…)"), on lines of their own or folded into a
    /// single-line log entry; a user never sees one.
    /// </summary>
    public IReadOnlyList<string> StackFrames => [.. StackFrame().Matches(Stdout + "\n" + Stderr).Select(m => m.Value)];

    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Stdout}\n--- stderr\n{Stderr}";

    [GeneratedRegex(@"(^|\s)at [\w.`+<>\[\],]+\.[\w`<>]+\(")]
    private static partial Regex StackFrame();
}
