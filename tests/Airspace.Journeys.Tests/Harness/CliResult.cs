namespace Airspace.Journeys.Tests.Harness;

/// <summary>What one run of a CLI verb left behind: its exit code and everything it printed.</summary>
public sealed record CliResult(int ExitCode, string Stdout, string Stderr)
{
    /// <summary>Lines of a .NET stack trace ("   at Namespace.Type.Method…"); a user never sees one.</summary>
    public IReadOnlyList<string> StackTraceLines =>
        [.. (Stdout + "\n" + Stderr).Split('\n').Where(l => l.StartsWith("   at ", StringComparison.Ordinal))];

    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Stdout}\n--- stderr\n{Stderr}";
}
