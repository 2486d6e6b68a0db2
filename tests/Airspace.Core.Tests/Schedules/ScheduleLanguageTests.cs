using Airspace.Core.Localization;
using Airspace.Core.Publishing;
using Airspace.Core.Schedules;

namespace Airspace.Core.Tests.Schedules;

/// <summary>The schedule's description and errors and the digest heading in the chat language (English or Indonesian).</summary>
public sealed class ScheduleLanguageTests
{
    private static readonly SubscriptionSchedule Full = new()
    {
        Digest = new TimeOnly(7, 0),
        Quiet = new QuietHours(new TimeOnly(22, 0), new TimeOnly(6, 0)),
        TimeZone = "Asia/Jakarta",
    };

    [Theory]
    [InlineData("en", "daily digest at 07:00, quiet 22:00-06:00, Asia/Jakarta")]
    [InlineData("id", "ringkasan harian pukul 07:00, jam tenang 22:00-06:00, Asia/Jakarta")]
    public void Describe_Language_InThatLanguage(string language, string expected)
    {
        using var scope = ChatLanguage.Use(language);

        Assert.Equal(expected, Full.Describe());
    }

    [Theory]
    [InlineData("25:00", null, null, "digest harus berupa jam seperti 07:00 (atau off), bukan '25:00'.")]
    [InlineData(null, "22:00", null, "quiet harus berupa rentang jam seperti 22:00-06:00 (boleh melewati tengah malam; atau off), bukan '22:00'.")]
    [InlineData(null, null, "Mars/Olympus", "time_zone harus berupa zona waktu IANA seperti Asia/Jakarta atau UTC (atau off), bukan 'Mars/Olympus'.")]
    public void TryParse_BadValueInIndonesian_IndonesianSentenceNamingTheSetting(string? digest, string? quiet, string? zone, string expected)
    {
        using var scope = ChatLanguage.Use(ChatLanguage.Indonesian);

        Assert.False(ScheduleText.TryParse(digest, quiet, zone, out _, out var error));
        Assert.Equal(expected, error);
    }

    [Theory]
    [InlineData("en", 1, "Daily digest: 1 new article")]
    [InlineData("en", 3, "Daily digest: 3 new articles")]
    [InlineData("id", 3, "Ringkasan harian: 3 artikel baru")]
    public void Heading_Language_InThatLanguage(string language, int count, string expected)
    {
        using var scope = ChatLanguage.Use(language);

        Assert.Equal(expected, DigestParts.Heading(count));
    }
}
