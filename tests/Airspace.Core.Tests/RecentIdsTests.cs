namespace Airspace.Core.Tests;

public sealed class RecentIdsTests
{
    [Fact]
    public void TryAdd_IdSeenWithinCapacity_Refused()
    {
        var recent = new RecentIds<int>(3);

        Assert.True(recent.TryAdd(1));
        Assert.True(recent.TryAdd(2));
        Assert.False(recent.TryAdd(1));
    }

    [Fact]
    public void TryAdd_MoreIdsThanCapacity_OldestForgottenNewestKept()
    {
        var recent = new RecentIds<string>(2, StringComparer.Ordinal);
        recent.TryAdd("a");
        recent.TryAdd("b");
        recent.TryAdd("c");

        Assert.False(recent.TryAdd("c"));
        Assert.True(recent.TryAdd("a"));
    }
}
