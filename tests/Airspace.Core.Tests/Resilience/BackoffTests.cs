using Airspace.Core.Resilience;

namespace Airspace.Core.Tests.Resilience;

public sealed class BackoffTests
{
    private static readonly TimeSpan First = TimeSpan.FromSeconds(4);
    private static readonly TimeSpan Max = TimeSpan.FromMinutes(1);

    [Fact]
    public void Delay_MidJitter_DoublesFromFirstPerFailure()
    {
        var backoff = new Backoff(First, Max, new FixedJitter(0.5));

        Assert.Equal(
            [TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(4), TimeSpan.FromSeconds(8), TimeSpan.FromSeconds(16), TimeSpan.FromSeconds(32)],
            Enumerable.Range(0, 5).Select(backoff.Delay));
    }

    [Theory]
    [InlineData(0.0, 6)]
    [InlineData(0.25, 7)]
    [InlineData(0.75, 9)]
    public void Delay_Jitter_SpreadsAQuarterEitherSide(double random, double seconds)
    {
        Assert.Equal(TimeSpan.FromSeconds(seconds), new Backoff(First, Max, new FixedJitter(random)).Delay(2));
    }

    [Theory]
    [InlineData(5)]
    [InlineData(63)]
    [InlineData(64)]
    [InlineData(1_000)]
    [InlineData(int.MaxValue)]
    public void Delay_ManyFailures_CappedAtMaxJitterIncludedAndNeverOverflows(int failures)
    {
        var highest = new Backoff(First, Max, new FixedJitter(0.999)).Delay(failures);
        var lowest = new Backoff(First, Max, new FixedJitter(0)).Delay(failures);

        Assert.Equal(Max, highest);
        Assert.Equal(Max * 0.75, lowest);
    }

    [Fact]
    public void Bounds_AnyRandomDraw_DelayFallsWithin()
    {
        foreach (var random in new[] { 0, 0.1, 0.5, 0.9, 0.999999 })
        {
            var backoff = new Backoff(First, Max, new FixedJitter(random));
            for (var failures = 0; failures < 10; failures++)
            {
                var (min, max) = backoff.Bounds(failures);
                Assert.InRange(backoff.Delay(failures), min, max);
            }
        }
    }

    [Fact]
    public void Constructor_MaxBelowFirst_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new Backoff(Max, First));
    }
}
