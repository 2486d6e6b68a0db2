using System.ComponentModel;
using Airspace.Core.Configuration;

namespace Airspace.Core.Tests.Configuration;

public sealed class DurationParserTests
{
    [Theory]
    [InlineData("00:05:00", 300)]
    [InlineData("1.00:00:00", 86400)]
    [InlineData("5m", 300)]
    [InlineData("30s", 30)]
    [InlineData("2h", 7200)]
    [InlineData("1h30m", 5400)]
    [InlineData(" 1H30M ", 5400)]
    [InlineData("1d2h", 93600)]
    [InlineData("1m30s", 90)]
    public void TryParse_LongOrShortForm_ReadsTheDuration(string text, int seconds)
    {
        Assert.True(DurationParser.TryParse(text, out var value));
        Assert.Equal(TimeSpan.FromSeconds(seconds), value);
    }

    [Fact]
    public void TryParse_Milliseconds_AreNotMinutes()
    {
        Assert.True(DurationParser.TryParse("250ms", out var value));
        Assert.Equal(TimeSpan.FromMilliseconds(250), value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("5")]
    [InlineData("m")]
    [InlineData("5 minutes")]
    [InlineData("30m1h")]
    [InlineData("1h1h")]
    [InlineData("-5m")]
    [InlineData("5x")]
    [InlineData("99:99:99")]
    public void TryParse_NotADuration_IsRefused(string text)
    {
        Assert.False(DurationParser.TryParse(text, out _));
    }

    [Fact]
    public void Parse_NotADuration_SaysTheExpectedForms()
    {
        var error = Assert.Throws<FormatException>(() => DurationParser.Parse("soon"));

        Assert.Contains("00:05:00, 5m, 30s, 2h or 1h30m", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Register_TypeDescriptorConverter_ReadsTheShortForm()
    {
        DurationConverter.Register();

        var value = TypeDescriptor.GetConverter(typeof(TimeSpan)).ConvertFromInvariantString("1h30m");

        Assert.Equal(TimeSpan.FromMinutes(90), value);
    }
}
