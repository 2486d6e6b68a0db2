using Airspace.Host.Tests.Support;
using Microsoft.Data.Sqlite;

namespace Airspace.Host.Tests.Cli;

/// <summary>A verb run beside a bot that holds the store's write lock (a long planning transaction).</summary>
public sealed class BusyStoreTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    private string Data => _temp.Combine("data");

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Import_StoreLockedPastTheBusyTimeout_SaysSoInOneSentenceAndExits3()
    {
        await using var lockHolder = await HoldWriteLockAsync();

        var result = await Support.Cli.RunAsync(_temp.Path, [("Airspace__Storage__BusyTimeout", "1s")], "import", Samples.SeedArticle, "--data", Data);

        Assert.Equal(3, result.ExitCode);
        var lines = result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.True(lines.Length == 1, result.Stderr);
        Assert.Contains(Path.Combine(Data, "airspace.db"), lines[0], StringComparison.Ordinal);
        Assert.Contains("Airspace:Storage:BusyTimeout", lines[0], StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_StoreLockedLongerThanTheOldFiveSeconds_WaitsAndImports()
    {
        var lockHolder = await HoldWriteLockAsync();
        var import = Support.Cli.RunAsync(_temp.Path, "import", Samples.SeedArticle, "--data", Data);

        // Held well past the old 5 s busy timeout (plus the verb's start-up), within the default 30 s.
        await Task.Delay(TimeSpan.FromSeconds(9));
        await lockHolder.DisposeAsync();
        var result = await import;

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("1 new", result.Stdout, StringComparison.Ordinal);
    }

    /// <summary>A created store, then <c>BEGIN IMMEDIATE</c> on another connection, held until disposed.</summary>
    private async Task<SqliteConnection> HoldWriteLockAsync()
    {
        Assert.Equal(0, (await Support.Cli.RunAsync(_temp.Path, "subscriptions", "list", "--data", Data)).ExitCode);
        return await RawSql.HoldWriteLockAsync(Path.Combine(Data, "airspace.db"));
    }
}
