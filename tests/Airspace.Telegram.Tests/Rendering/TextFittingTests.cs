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
}
