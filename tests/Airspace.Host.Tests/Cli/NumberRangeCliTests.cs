using Airspace.Host.Tests.Support;

namespace Airspace.Host.Tests.Cli;

public sealed class NumberRangeCliTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    private Task<CliResult> Airspace(params string[] args) => Support.Cli.RunAsync(_temp.Path, [.. args, "--data", _temp.Combine("data")]);

    [Theory]
    [InlineData("-n", "0")]
    [InlineData("-n", "11")]
    [InlineData("--count", "-3")]
    public async Task Latest_CountOutOfRange_SaysTheValidRangeOfTheOption(string option, string value)
    {
        var result = await Airspace("latest", option, value);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"error: {option} must be between 1 and 10.", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Usage: /latest", result.Stdout + result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_LimitOutOfRange_SaysTheValidRangeOfTheOption()
    {
        var result = await Airspace("search", "F-16", "--limit", "0");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("error: --limit must be between 1 and 10.", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Latest_CountInRange_IsAccepted()
    {
        var result = await Airspace("latest", "-n", "10");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("No articles yet.", result.Stdout, StringComparison.Ordinal);
    }

    public void Dispose() => _temp.Dispose();
}
