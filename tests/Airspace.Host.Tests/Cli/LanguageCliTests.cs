using Airspace.Host.Tests.Support;
using Airspace.Testing;

namespace Airspace.Host.Tests.Cli;

/// <summary>The console speaks <c>Airspace:Chat:Language</c>; <c>subscriptions add --language</c> sets a subscription's alert language.</summary>
public sealed class LanguageCliTests : IDisposable
{
    private const string Channel = "telegram:-1001234567890";
    private readonly TempDirectory _temp = new();

    private string Data => _temp.Combine("data");

    public void Dispose() => _temp.Dispose();

    private Task<CliResult> Airspace(string? language, params string[] args) =>
        Support.Cli.RunAsync(_temp.Path, language is null ? [] : [("Airspace__Chat__Language", language)], [.. args, "--data", Data]);

    [Fact]
    public async Task Latest_ChatLanguageId_RepliesInIndonesian()
    {
        var indonesian = await Airspace("id", "latest");
        var english = await Airspace(null, "latest");

        Assert.Equal(0, indonesian.ExitCode);
        Assert.Equal("Belum ada artikel.", indonesian.Stdout.Trim());
        Assert.Equal("No articles yet.", english.Stdout.Trim());
    }

    [Fact]
    public async Task Latest_ChatLanguageUnknown_RefusedNamingTheKey()
    {
        var result = await Airspace("fr", "latest");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("Airspace:Chat:Language must be en or id; \"fr\" is not one.", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SubscriptionsAdd_LanguageId_ListedWithItsLanguage()
    {
        var added = await Airspace(null, "subscriptions", "add", Channel, "--language", "id");
        var list = await Airspace(null, "subscriptions", "list");
        var bad = await Airspace(null, "subscriptions", "add", Channel, "--language", "fr");

        Assert.Equal(0, added.ExitCode);
        Assert.Equal($"#1 {Channel}: all new articles — language: id", list.Stdout.Trim());
        Assert.NotEqual(0, bad.ExitCode);
    }

    [Fact]
    public async Task SubscriptionsAdd_AgainWithoutLanguage_KeepsTheLanguage()
    {
        await Airspace(null, "subscriptions", "add", Channel, "--language", "id");
        var again = await Airspace(null, "subscriptions", "add", Channel, "--digest", "07:00");
        var list = await Airspace(null, "subscriptions", "list");

        Assert.Equal(0, again.ExitCode);
        Assert.Contains("language: id", list.Stdout, StringComparison.Ordinal);
        Assert.Contains("daily digest at 07:00", list.Stdout, StringComparison.Ordinal);
    }
}
