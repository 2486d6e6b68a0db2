using Airspace.Feeds.Parsing;

namespace Airspace.Feeds.Tests.Parsing;

public sealed class FeedDatesTests
{
    [Theory]
    [InlineData("Thu, 01 Jan 2004 19:48:21 GMT", "2004-01-01T19:48:21Z")]
    [InlineData("Thu, 1 Jan 2004 19:48:21 +0700", "2004-01-01T12:48:21Z")]
    [InlineData("Fri, 01 Jan 2004 19:48:21 GMT", "2004-01-01T19:48:21Z")]
    [InlineData("01 Jan 04 19:48 EST", "2004-01-02T00:48:00Z")]
    [InlineData("Thu, 01 January 2004 19:48:21 -08:00", "2004-01-02T03:48:21Z")]
    [InlineData("Sun, 12 Mei 2024 08:00:00 WIB", "2024-05-12T01:00:00Z")]
    [InlineData("Thu, 01 Jan 2004 19:48:21 Z", "2004-01-01T19:48:21Z")]
    [InlineData("2003-12-31T10:14:55Z", "2003-12-31T10:14:55Z")]
    [InlineData("2003-12-31T10:14:55.250-08:00", "2003-12-31T18:14:55.25Z")]
    [InlineData("2003-12-31T10:14:55+0100", "2003-12-31T09:14:55Z")]
    [InlineData("2003-12-31 10:14:55", "2003-12-31T10:14:55Z")]
    [InlineData("2003-12-31T10:14Z", "2003-12-31T10:14:00Z")]
    [InlineData("2003-12-31", "2003-12-31T00:00:00Z")]
    [InlineData("2003-12", "2003-12-01T00:00:00Z")]
    [InlineData("20031231T101455Z", "2003-12-31T10:14:55Z")]
    [InlineData("Thu Jan  1 19:48:21 2004", "2004-01-01T19:48:21Z")]
    [InlineData("2003-12-31T24:00:00Z", "2004-01-01T00:00:00Z")]
    public void Parse_RealWorldFormats_NormalisesToUtc(string text, string expected)
    {
        var parsed = FeedDates.Parse(text);

        Assert.NotNull(parsed);
        Assert.Equal(TimeSpan.Zero, parsed.Value.Offset);
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), parsed.Value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("yesterday")]
    [InlineData("2003-13-45")]
    [InlineData("Thu, 32 Jan 2004 19:48:21 GMT")]
    public void Parse_Unreadable_IsNull(string text) => Assert.Null(FeedDates.Parse(text));
}
