namespace Airspace.Host.Tests.Support;

public sealed record CliResult(int ExitCode, string Stdout, string Stderr);

/// <summary>Runs the real <c>airspace</c> executable (built beside the tests) as a separate process, to its end.</summary>
public static class Cli
{
    public static Task<CliResult> RunAsync(string workingDirectory, params string[] args) => RunAsync(workingDirectory, [], args);

    public static async Task<CliResult> RunAsync(string workingDirectory, (string Name, string Value)[] environment, params string[] args)
    {
        var variables = new Dictionary<string, string> { ["Logging__LogLevel__Default"] = "Warning" };
        foreach (var (name, value) in environment)
        {
            variables[name] = value;
        }

        using var process = new AirspaceProcess(workingDirectory, variables, args);
        var exitCode = await process.WaitForExitAsync(TimeSpan.FromMinutes(2));
        return new CliResult(exitCode, process.Stdout, process.Stderr);
    }
}
