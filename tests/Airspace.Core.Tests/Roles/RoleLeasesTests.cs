using Airspace.Core.Publishing;
using Airspace.Core.Roles;
using Airspace.Core.Subscriptions;

namespace Airspace.Core.Tests.Roles;

public sealed class RoleLeasesTests
{
    [Fact]
    public void Current_RoleNeverGranted_IsNullSoWritesAreNotFenced()
    {
        Assert.Null(new RoleLeases().Current(SingletonRoles.Publisher));
    }

    [Fact]
    public void Current_AfterGrants_IsTheLatestLeaseOfThatRole()
    {
        var leases = new RoleLeases();
        leases.Granted(new RoleLease(SingletonRoles.Publisher, "a", 1, DateTimeOffset.UnixEpoch));
        leases.Granted(new RoleLease(SingletonRoles.Digest, "a", 7, DateTimeOffset.UnixEpoch));
        leases.Granted(new RoleLease(SingletonRoles.Publisher, "a", 2, DateTimeOffset.UnixEpoch));

        Assert.Equal((2L, 7L), (leases.Current(SingletonRoles.Publisher)!.Fence, leases.Current(SingletonRoles.Digest)!.Fence));
    }

    [Fact]
    public void TryHold_PlatformRoleHeldThenLost_FalseOnceItsTokenIsCancelled()
    {
        var lanes = new DispatchLaneRoles();
        using var holding = new CancellationTokenSource();
        Assert.True(lanes.TryHold(ChannelAddress.Telegram, out var free)); // not gated: runs freely
        Assert.False(free.CanBeCanceled);
        lanes.Gate(ChannelAddress.Telegram);
        Assert.False(lanes.TryHold(ChannelAddress.Telegram, out _));

        lanes.Hold(ChannelAddress.Telegram, holding.Token);
        Assert.True(lanes.TryHold(ChannelAddress.Telegram, out var held));

        holding.Cancel();
        Assert.True(held.IsCancellationRequested);
        Assert.False(lanes.TryHold(ChannelAddress.Telegram, out _));
    }

    [Fact]
    public void Release_AnEarlierHolding_LeavesALaterOne()
    {
        var lanes = new DispatchLaneRoles();
        using var earlier = new CancellationTokenSource();
        using var later = new CancellationTokenSource();
        lanes.Hold(ChannelAddress.Discord, earlier.Token);
        lanes.Hold(ChannelAddress.Discord, later.Token);

        lanes.Release(ChannelAddress.Discord, earlier.Token);

        Assert.True(lanes.TryHold(ChannelAddress.Discord, out var held));
        Assert.Equal(later.Token, held);
    }

    [Fact]
    public void Dispatch_EachPlatform_OneRoleName()
    {
        Assert.Equal(
            ["dispatch:telegram", "dispatch:discord", "dispatch:discord-webhook", "dispatch:console"],
            DispatchLaneRoles.Platforms.Select(SingletonRoles.Dispatch));
    }
}
