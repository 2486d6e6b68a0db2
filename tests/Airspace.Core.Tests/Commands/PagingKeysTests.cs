using Airspace.Core.Commands;
using Microsoft.Extensions.Time.Testing;

namespace Airspace.Core.Tests.Commands;

public sealed class PagingKeysTests
{
    [Fact]
    public void Recall_AfterLifetime_IsNullButAskingAgainExtendsIt()
    {
        var time = new FakeTimeProvider();
        var keys = new PagingKeys(time, TimeSpan.FromHours(1));
        var key = keys.Remember("a long query");

        time.Advance(TimeSpan.FromMinutes(50));
        Assert.Equal(key, keys.Remember("a long query"));
        time.Advance(TimeSpan.FromMinutes(50));
        Assert.Equal("a long query", keys.Recall(key));
        time.Advance(TimeSpan.FromMinutes(11));

        Assert.Null(keys.Recall(key));
    }

    [Fact]
    public void Remember_Full_DropsTheOldestFirst()
    {
        var keys = new PagingKeys(new FakeTimeProvider(), TimeSpan.FromHours(1), capacity: 3);
        var first = keys.Remember("q0");
        var rest = Enumerable.Range(1, 3).Select(i => keys.Remember("q" + i)).ToArray();

        Assert.Null(keys.Recall(first));
        Assert.All(rest, key => Assert.NotNull(keys.Recall(key)));
    }

    [Fact]
    public void Remember_FullAndTheOldestAskedAgain_KeepsItsKey()
    {
        var keys = new PagingKeys(new FakeTimeProvider(), TimeSpan.FromHours(1), capacity: 3);
        var first = keys.Remember("q1");
        keys.Remember("q2");
        keys.Remember("q3");

        Assert.Equal(first, keys.Remember("q1"));
        Assert.Equal("q1", keys.Recall(first));
    }
}
