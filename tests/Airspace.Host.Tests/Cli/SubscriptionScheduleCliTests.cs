using Airspace.Host.Tests.Support;
using Airspace.Testing;

namespace Airspace.Host.Tests.Cli;

/// <summary><c>airspace subscriptions add ADDRESS --digest HH:MM --quiet HH:MM-HH:MM --time-zone ZONE</c> through the real CLI.</summary>
public sealed class SubscriptionScheduleCliTests : IDisposable
{
    private const string Channel = "telegram:-1001234567890";
    private readonly TempDirectory _temp = new();

    private string Data => _temp.Combine("data");

    public void Dispose() => _temp.Dispose();

    private Task<CliResult> Airspace(params string[] args) => Support.Cli.RunAsync(_temp.Path, [.. args, "--data", Data]);

    [Fact]
    public async Task SubscriptionsAdd_DigestQuietAndZone_ListedThenDigestSwitchedOffKeepsTheRest()
    {
        var added = await Airspace("subscriptions", "add", Channel, "--digest", "07:00", "--quiet", "22:00-06:00", "--time-zone", "Asia/Jakarta");
        var list = await Airspace("subscriptions", "list");
        var off = await Airspace("subscriptions", "add", Channel, "--digest", "off");
        var after = await Airspace("subscriptions", "list");

        Assert.Equal(0, added.ExitCode);
        Assert.Equal($"#1 {Channel}: all new articles — daily digest at 07:00, quiet 22:00-06:00, Asia/Jakarta", list.Stdout.Trim());
        Assert.Equal(0, off.ExitCode);
        Assert.Equal($"#1 {Channel}: all new articles — quiet 22:00-06:00, Asia/Jakarta", after.Stdout.Trim());
    }

    [Theory]
    [InlineData("--digest", "7pm", "error: --digest must be a time of day like 07:00")]
    [InlineData("--quiet", "22:00", "error: --quiet must be a window like 22:00-06:00")]
    [InlineData("--time-zone", "Jakarta", "error: --time-zone must be an IANA time zone")]
    public async Task SubscriptionsAdd_BadSetting_RefusedNamingTheOptionAndNothingSaved(string option, string value, string error)
    {
        var result = await Airspace("subscriptions", "add", Channel, option, value);
        var list = await Airspace("subscriptions", "list");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(error, result.Stderr, StringComparison.Ordinal);
        Assert.Contains("No subscriptions.", list.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Latest_UnknownDefaultTimeZone_StopsWithOneSentenceNamingTheKey()
    {
        var result = await Support.Cli.RunAsync(_temp.Path, [("Airspace__TimeZone", "Mars/Olympus")], "latest", "--data", Data);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Airspace:TimeZone must be an IANA time zone id such as UTC or Asia/Jakarta, not 'Mars/Olympus'.", result.Stderr, StringComparison.Ordinal);
    }
}
