using Airspace.Core.Text;

namespace Airspace.Core.Tests.Text;

public sealed class TextCuttingTests
{
    [Theory]
    [InlineData("ab😀😀😀cd", 4, "ab😀")]
    [InlineData("ab😀😀😀cd", 3, "ab")]
    [InlineData("👍🏽👍🏽", 3, "")]
    public void CutAtTextElement_NeverSplitsASurrogatePairOrEmojiSequence(string text, int max, string expected)
    {
        Assert.Equal(expected, TextCutting.CutAtTextElement(text, max));
    }

    [Fact]
    public void CutAtWord_LongText_CutsAtSpaceWithEllipsis()
    {
        Assert.Equal("alpha beta…", TextCutting.CutAtWord("alpha beta gamma delta", 14));
    }

    [Theory]
    [InlineData("Pesawat tempur\nbaru hari ini", 17, "Pesawat tempur…")]
    [InlineData("Supercalifragilistic", 10, "Supercali…")]
    [InlineData("ab", 0, "")]
    public void CutAtWord_NoRoomOrNoSpace_CutsAtALineBreakOrATextElement(string text, int max, string expected)
    {
        Assert.Equal(expected, TextCutting.CutAtWord(text, max));
    }
}
