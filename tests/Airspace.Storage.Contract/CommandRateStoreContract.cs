using Airspace.Core.Interactions;

namespace Airspace.Storage.Contract;

public abstract class CommandRateStoreContract(StoreHarness db) : IDisposable
{
    /// <summary>Five at once, then one every 2 s.</summary>
    private static readonly CommandRate Rate = new(5, TimeSpan.FromSeconds(10));
    private readonly StoreHarness _db = db;

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task TakeAsync_BurstPastTheLimit_AllowedThenOneNoticeThenSilence()
    {
        var rates = _db.OpenChatStores().CommandRates;

        var verdicts = new List<CommandVerdict>();
        for (var i = 0; i < 8; i++)
        {
            verdicts.Add(await rates.TakeAsync("telegram", "42", Rate, default));
        }

        Assert.Equal([.. Enumerable.Repeat(CommandVerdict.Allowed, 5), CommandVerdict.Warn, CommandVerdict.Ignore, CommandVerdict.Ignore], verdicts);
        Assert.Equal(CommandVerdict.Allowed, await rates.TakeAsync("telegram", "43", Rate, default));
        Assert.Equal(CommandVerdict.Allowed, await rates.TakeAsync("discord", "42", Rate, default));
    }

    [Fact]
    public async Task TakeAsync_OneIntervalAfterTheBurst_OneMoreAllowedAndTheNextRefusalNoticedAgain()
    {
        var rates = _db.OpenChatStores().CommandRates;
        for (var i = 0; i < 7; i++)
        {
            await rates.TakeAsync("telegram", "42", Rate, default);
        }

        _db.Time.Advance(Rate.Interval);

        Assert.Equal(CommandVerdict.Allowed, await rates.TakeAsync("telegram", "42", Rate, default));
        Assert.Equal(CommandVerdict.Warn, await rates.TakeAsync("telegram", "42", Rate, default));
    }

    [Fact]
    public async Task TakeAsync_FloodFromTwoHandlesAtOnce_TheLimitHoldsAcrossBoth()
    {
        var first = _db.OpenChatStores().CommandRates;
        var second = _db.OpenChatStores().CommandRates;

        var verdicts = await Task.WhenAll(Enumerable.Range(0, 40).Select(i => Task.Run(() => (i % 2 == 0 ? first : second).TakeAsync("telegram", "42", Rate, default))));

        Assert.Equal(5, verdicts.Count(v => v == CommandVerdict.Allowed));
        Assert.Equal(1, verdicts.Count(v => v == CommandVerdict.Warn));
    }

    [Fact]
    public async Task TakeAsync_AfterTheWindowHasFullyComeBack_RowPrunedAndTheBurstAllowedAgain()
    {
        var rates = _db.OpenChatStores().CommandRates;
        for (var i = 0; i < 6; i++)
        {
            await rates.TakeAsync("telegram", "42", Rate, default);
        }

        _db.Time.Advance(TimeSpan.FromMinutes(2));
        var verdicts = new List<CommandVerdict>();
        for (var i = 0; i < 5; i++)
        {
            verdicts.Add(await rates.TakeAsync("telegram", "43", Rate, default));
        }

        Assert.All(verdicts, v => Assert.Equal(CommandVerdict.Allowed, v));
        Assert.Equal(1, await _db.CountAsync("command_rates"));
        Assert.Equal(CommandVerdict.Allowed, await rates.TakeAsync("telegram", "42", Rate, default));
    }
}
