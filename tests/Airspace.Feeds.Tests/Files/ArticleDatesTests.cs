using Airspace.Feeds.Files;

namespace Airspace.Feeds.Tests.Files;

public sealed class ArticleDatesTests
{
    [Theory]
    [InlineData("2023-09-15", "2023-09-15T00:00:00Z")]
    [InlineData("2023-09-15T10:00:00", "2023-09-15T10:00:00Z")]
    [InlineData("2023-09-15T10:00:00Z", "2023-09-15T10:00:00Z")]
    [InlineData("2023-09-15T10:00:00.123+07:00", "2023-09-15T03:00:00.123Z")]
    [InlineData("2023-09-15T10:00:00+0700", "2023-09-15T03:00:00Z")]
    [InlineData("2023-09-15 10:00:00", "2023-09-15T10:00:00Z")]
    [InlineData("Fri, 15 Sep 2023 10:00:00 +0700", "2023-09-15T03:00:00Z")]
    [InlineData("Fri, 15 Sep 2023 10:00:00 GMT", "2023-09-15T10:00:00Z")]
    [InlineData("15 Sep 2023 10:00 WIB", "2023-09-15T03:00:00Z")]
    [InlineData("  Fri,  15 Sep 2023 10:00:00 -0400 ", "2023-09-15T14:00:00Z")]
    public void Parse_SupportedForms_NormalisesToUtc(string value, string expected)
    {
        var parsed = ArticleDates.Parse(value);

        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), parsed);
        Assert.Equal(TimeSpan.Zero, parsed!.Value.Offset);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("yesterday")]
    [InlineData("2023-02-30")]
    [InlineData("15")]
    public void Parse_Unparseable_ReturnsNull(string? value)
    {
        Assert.Null(ArticleDates.Parse(value));
    }
}
