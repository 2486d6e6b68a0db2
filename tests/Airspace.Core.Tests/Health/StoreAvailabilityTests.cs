using Airspace.Core.Health;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace Airspace.Core.Tests.Health;

public sealed class StoreAvailabilityTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 1, 5, 8, 0, 0, TimeSpan.Zero));
    private readonly LogCapture _logs = new();

    [Fact]
    public void ReportFailure_ManyFailuresInOneOutage_OneWarningThenOneInformationWhenBack()
    {
        var availability = new StoreAvailability(_time, _logs.CreateLogger<StoreAvailability>());

        for (var i = 0; i < 5; i++)
        {
            Assert.True(availability.ReportFailure(new InvalidOperationException("wrapped", Outage())));
            _time.Advance(TimeSpan.FromSeconds(2));
        }

        var downSince = availability.DownSince;
        availability.ReportUp();
        availability.ReportUp();

        Assert.Equal(new DateTimeOffset(2026, 1, 5, 8, 0, 0, TimeSpan.Zero), downSince);
        Assert.True(availability.IsUp);
        var warning = Assert.Single(_logs.Entries, e => e.Level == LogLevel.Warning);
        Assert.Contains("The PostgreSQL store db:5432/airspace is unavailable", warning.Message, StringComparison.Ordinal);
        var back = Assert.Single(_logs.Entries, e => e.Level == LogLevel.Information);
        Assert.Contains("00:00:10", back.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReportFailure_NotAnOutage_LeavesTheStoreUpAndLogsNothing()
    {
        var availability = new StoreAvailability(_time, _logs.CreateLogger<StoreAvailability>());

        Assert.False(availability.ReportFailure(new InvalidOperationException("a constraint failed")));

        Assert.True(availability.IsUp);
        Assert.Empty(_logs.Entries);
    }

    private static StoreUnavailableException Outage() =>
        new("The PostgreSQL store db:5432/airspace is unavailable (Connection refused).", new IOException("refused"));
}
