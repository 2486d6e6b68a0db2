using Airspace.Telegram.Transport.Polling;

namespace Airspace.Telegram.Tests.Polling;

public sealed class PollerStateTests
{
    [Fact]
    public void Offset_ForABot_KeepsTheStoredNamesOfEarlierReleases()
    {
        // A renamed offset is a lost one: the first poll after the upgrade would handle the queued updates again.
        Assert.Equal("telegram:updates:42", UpdatePoller.Offset(42).Name);
        Assert.Equal("telegram:updates-at:42", UpdatePoller.OffsetTime(42).Name);
        Assert.Equal(1_700_000_000, UpdatePoller.OffsetTime(42).ToStored(DateTimeOffset.FromUnixTimeSeconds(1_700_000_000)));
    }
}
