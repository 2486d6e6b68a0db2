using Airspace.Discord.Rendering;

namespace Airspace.Discord.Tests.Alerts;

/// <summary>Today's cuts, frozen before the word cut moved to Core (issue 11, item 4).</summary>
public sealed class CutAtWordGoldenTests
{
    [Theory]
    [InlineData("short", 10, "short")]
    [InlineData("Airbus delivers the first A350F freighter to launch customer", 30, "Airbus delivers the first…")]
    [InlineData("Supercalifragilistic", 10, "Supercali…")]
    [InlineData("Pesawat\\ tempur baru", 10, "Pesawat…")]
    [InlineData("Pesawat\\\\ tempur baru", 11, "Pesawat\\\\…")]
    [InlineData("#12 Boeing 777X certification slips again to next year", 24, "#12 Boeing 777X…")]
    [InlineData("ab", 0, "")]
    public void CutAtWord_Today_Unchanged(string text, int max, string expected)
    {
        Assert.Equal(expected, DiscordText.CutAtWord(text, max));
    }
}
