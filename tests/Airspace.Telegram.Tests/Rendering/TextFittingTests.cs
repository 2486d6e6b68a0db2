using Airspace.Telegram.Rendering;

namespace Airspace.Telegram.Tests.Rendering;

public sealed class TextFittingTests
{
    [Fact]
    public void FitSentences_TooLong_KeepsWholeSentencesAndParagraphs()
    {
        var text = "First sentence here. Second one.\nThird paragraph sentence. Fourth.";

        var fitted = TextFitting.FitSentences(text, 50);

        Assert.Equal("First sentence here. Second one.", fitted);
        Assert.Equal("First sentence here. Second one.\nThird paragraph sentence.", TextFitting.FitSentences(text, 60));
    }

    [Theory]
    [InlineData("ab😀😀😀cd", 4, "ab😀")]
    [InlineData("ab😀😀😀cd", 3, "ab")]
    [InlineData("👍🏽👍🏽", 3, "")]
    public void CutAtTextElement_NeverSplitsASurrogatePairOrEmojiSequence(string text, int max, string expected)
    {
        Assert.Equal(expected, TextFitting.CutAtTextElement(text, max));
    }

    [Fact]
    public void CutAtWord_LongText_CutsAtSpaceWithEllipsis()
    {
        Assert.Equal("alpha beta…", TextFitting.CutAtWord("alpha beta gamma delta", 14));
    }
}
