using Microsoft.Extensions.Options;
using Airspace.Core.Schedules;
using Airspace.Core.Subscriptions;

namespace Airspace.Core.Tests.Schedules;

/// <summary>
/// Quiet windows and digest times on the two days a year a zone changes its clocks (Berlin: 02:00 → 03:00 on
/// 28 March 2027, 03:00 → 02:00 on 25 October 2026). A held alert goes out the moment the wall clock first shows
/// the window's end, not an hour later.
/// </summary>
public sealed class SubscriptionClockDaylightSavingTests
{
    private static readonly SubscriptionClock Berlin = new(Options.Create(new ScheduleOptions { TimeZone = "Europe/Berlin" }));

    [Fact]
    public void HoldUntil_WindowEndSkippedBySpringForward_ReleasedAtTheJump()
    {
        var subscription = Quiet(new TimeOnly(22, 0), new TimeOnly(2, 30)); // 02:30 does not exist on 28 March 2027
        var at = new DateTimeOffset(2027, 3, 27, 23, 0, 0, TimeSpan.FromHours(1));

        var held = Berlin.HoldUntil(subscription, at);

        Assert.Equal(new DateTimeOffset(2027, 3, 28, 1, 0, 0, TimeSpan.Zero), held.ToUniversalTime()); // 03:00 CEST
        Assert.Equal(TimeSpan.FromHours(2), held.Offset);
    }

    [Fact]
    public void HoldUntil_WindowEndRepeatedByFallBack_ReleasedAtTheFirstOccurrence()
    {
        var subscription = Quiet(new TimeOnly(22, 0), new TimeOnly(2, 30)); // 02:30 happens twice on 25 October 2026
        var at = new DateTimeOffset(2026, 10, 24, 23, 0, 0, TimeSpan.FromHours(2));

        var held = Berlin.HoldUntil(subscription, at);

        Assert.Equal(new DateTimeOffset(2026, 10, 25, 2, 30, 0, TimeSpan.FromHours(2)), held);
    }

    [Fact]
    public void NextDigestSlot_DigestTimeRepeatedByFallBack_FirstOccurrence()
    {
        var subscription = Subscription(new SubscriptionSchedule { Digest = new TimeOnly(2, 30) });
        var at = new DateTimeOffset(2026, 10, 24, 23, 0, 0, TimeSpan.FromHours(2));

        Assert.Equal(new DateTimeOffset(2026, 10, 25, 2, 30, 0, TimeSpan.FromHours(2)), Berlin.NextDigestSlot(subscription, at));
    }

    [Fact]
    public void NextDigestSlot_OrdinaryDay_SameLocalTimeAsBefore()
    {
        var subscription = Subscription(new SubscriptionSchedule { Digest = new TimeOnly(7, 0) });
        var at = new DateTimeOffset(2027, 3, 28, 0, 0, 0, TimeSpan.FromHours(1));

        Assert.Equal(new DateTimeOffset(2027, 3, 28, 7, 0, 0, TimeSpan.FromHours(2)), Berlin.NextDigestSlot(subscription, at));
    }

    private static Subscription Quiet(TimeOnly start, TimeOnly end) =>
        Subscription(new SubscriptionSchedule { Quiet = new QuietHours(start, end) });

    private static Subscription Subscription(SubscriptionSchedule schedule) => new()
    {
        Id = new SubscriptionId(1),
        Address = ChannelAddress.ForTelegram(-1001),
        StartSequence = 0,
        CreatedAt = DateTimeOffset.UnixEpoch,
        Schedule = schedule,
    };
}
