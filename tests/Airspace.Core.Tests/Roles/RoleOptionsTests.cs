using Airspace.Core.Roles;

namespace Airspace.Core.Tests.Roles;

public sealed class RoleOptionsTests
{
    [Fact]
    public void Validate_Defaults_AreUsable()
    {
        var options = new RoleOptions();

        Assert.Null(options.Validate());
        Assert.Equal((TimeSpan.FromSeconds(8), TimeSpan.FromSeconds(2)), (options.LeaseDuration, options.RenewInterval));
    }

    [Theory]
    [InlineData(15, 15)]
    [InlineData(15, 20)]
    [InlineData(15, 0)]
    public void Validate_RenewIntervalNotShorterThanLease_NamesTheKey(int leaseSeconds, int renewSeconds)
    {
        var options = new RoleOptions { LeaseDuration = TimeSpan.FromSeconds(leaseSeconds), RenewInterval = TimeSpan.FromSeconds(renewSeconds) };

        Assert.Equal("Airspace:Roles:RenewInterval must be positive and shorter than Airspace:Roles:LeaseDuration.", options.Validate());
    }

    [Fact]
    public void Validate_LeaseUnderOneSecond_NamesTheKey()
    {
        Assert.StartsWith("Airspace:Roles:LeaseDuration must be", new RoleOptions { LeaseDuration = TimeSpan.FromMilliseconds(500), RenewInterval = TimeSpan.FromMilliseconds(100) }.Validate());
    }
}
