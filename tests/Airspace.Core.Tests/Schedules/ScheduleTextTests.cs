using Airspace.Core.Schedules;
using Airspace.Core.Subscriptions;
using Microsoft.Extensions.Options;

namespace Airspace.Core.Tests.Schedules;

public sealed class ScheduleTextTests
{
    private static readonly SubscriptionClock Jakarta = new(Options.Create(new ScheduleOptions { TimeZone = "Asia/Jakarta" }));

    [Fact]
    public void TryParse_DigestQuietAndZone_ParsedIncludingAMidnightCrossingWindow()
    {
        Assert.True(ScheduleText.TryParse("7:00", "22:00-06:00", "Asia/Jakarta", out var change, out _));

        Assert.Equal(new TimeOnly(7, 0), change.Digest);
        Assert.Equal(new QuietHours(new TimeOnly(22, 0), new TimeOnly(6, 0)), change.Quiet);
        Assert.Equal("Asia/Jakarta", change.TimeZone);
        Assert.True(change.Quiet!.Contains(new TimeOnly(23, 30)));
        Assert.True(change.Quiet.Contains(new TimeOnly(5, 59)));
        Assert.False(change.Quiet.Contains(new TimeOnly(6, 0)));
        Assert.False(change.Quiet.Contains(new TimeOnly(12, 0)));
    }

    [Theory]
    [InlineData("25:00", null, null, "digest")]
    [InlineData(null, "22:00", null, "quiet")]
    [InlineData(null, "06:00-06:00", null, "quiet")]
    [InlineData(null, null, "Mars/Olympus", "time_zone")]
    public void TryParse_BadValue_OneSentenceNamingTheSetting(string? digest, string? quiet, string? zone, string setting)
    {
        Assert.False(ScheduleText.TryParse(digest, quiet, zone, out _, out var error));
        Assert.StartsWith(setting + " must be", error);
    }

    [Fact]
    public void ApplyTo_OffAndNotGiven_ClearsOneAndKeepsTheOther()
    {
        var current = new SubscriptionSchedule { Digest = new TimeOnly(7, 0), Quiet = new QuietHours(new TimeOnly(22, 0), new TimeOnly(6, 0)) };
        Assert.True(ScheduleText.TryParse("off", null, null, out var change, out _));

        var changed = change.ApplyTo(current);

        Assert.Null(changed.Digest);
        Assert.Equal(current.Quiet, changed.Quiet);
    }

    [Fact]
    public void HoldUntil_JakartaEveningInAWindowCrossingMidnight_HeldUntilSixNextMorningLocal()
    {
        var subscription = Subscription(new SubscriptionSchedule { Quiet = new QuietHours(new TimeOnly(22, 0), new TimeOnly(6, 0)) });
        var at = new DateTimeOffset(2026, 12, 7, 16, 0, 0, TimeSpan.Zero); // 23:00 in Jakarta

        Assert.Equal(new DateTimeOffset(2026, 12, 8, 6, 0, 0, TimeSpan.FromHours(7)), Jakarta.HoldUntil(subscription, at));
        Assert.Equal(at.AddHours(8), Jakarta.HoldUntil(subscription, at.AddHours(8))); // 07:00: not held
    }

    [Fact]
    public void LastDigestSlot_OwnZoneOverridesTheDefault_SlotInThatZone()
    {
        var subscription = Subscription(new SubscriptionSchedule { Digest = new TimeOnly(7, 0), TimeZone = "UTC" });
        var at = new DateTimeOffset(2026, 12, 7, 6, 0, 0, TimeSpan.Zero);

        Assert.Equal(new DateTimeOffset(2026, 12, 6, 7, 0, 0, TimeSpan.Zero), Jakarta.LastDigestSlot(subscription, at));
        Assert.Equal(new DateTimeOffset(2026, 12, 7, 7, 0, 0, TimeSpan.Zero), Jakarta.NextDigestSlot(subscription, at));
    }

    [Fact]
    public void Validate_UnknownTimeZone_SentenceNamesTheKey()
    {
        Assert.StartsWith("Airspace:TimeZone must be", new ScheduleOptions { TimeZone = "Jakarta" }.Validate());
        Assert.Null(new ScheduleOptions { TimeZone = "Asia/Jakarta" }.Validate());
    }

    private static Subscription Subscription(SubscriptionSchedule schedule) => new()
    {
        Id = new SubscriptionId(1),
        Address = ChannelAddress.ForTelegram(-1001),
        StartSequence = 0,
        CreatedAt = DateTimeOffset.UnixEpoch,
        Schedule = schedule,
    };
}
