using Airspace.Telegram.Commands;

namespace Airspace.Telegram.Tests.Updates;

public sealed class ParsedCommandTests
{
    [Theory]
    [InlineData("/latest 5", "latest", "5", false)]
    [InlineData("/Latest@Airspace_Test_Bot 5", "latest", "5", true)]
    [InlineData("/search@airspace_test_bot Su-57  \"kerja sama\"", "search", "Su-57  \"kerja sama\"", true)]
    [InlineData("/help", "help", "", false)]
    [InlineData("/subscribe\nF-16, Su-57", "subscribe", "F-16, Su-57", false)]
    public void TryParse_CommandForUs_ParsesNameAndArguments(string text, string name, string arguments, bool addressed)
    {
        Assert.True(ParsedCommand.TryParse(text, "airspace_test_bot", out var command));
        Assert.Equal(new ParsedCommand(name, arguments, addressed), command);
    }

    [Theory]
    [InlineData("/latest@other_bot 5")]
    [InlineData("hello /latest")]
    [InlineData("latest")]
    [InlineData("/")]
    [InlineData("/late-st")]
    [InlineData(null)]
    public void TryParse_NotACommandForUs_ReturnsFalse(string? text)
    {
        Assert.False(ParsedCommand.TryParse(text, "airspace_test_bot", out _));
    }
}
