using System.Text;
using Airspace.Telegram.Rendering;
using Airspace.Telegram.Tests.Fake;
using Airspace.Telegram.Tests.Support;

namespace Airspace.Telegram.Tests.Rendering;

public sealed class AlertRendererTests
{
    [Fact]
    public void Render_Article_BoldLinkedTitleSummaryMetaLineAndReadButton()
    {
        var article = TestArticles.Article(image: "https://example.com/f16.jpg", categories: ["News", "Air Force"]);

        var message = AlertRenderer.Render(article);

        var (text, entities) = FakeHtml.Parse(message.Html);
        Assert.Equal(message.Plain, text);
        Assert.StartsWith(article.Title + "\n\n" + article.Summary + "\n\n", text, StringComparison.Ordinal);
        Assert.EndsWith("airspace-review.com · News · Air Force · 2 Jan 2024 · #" + article.Id, text, StringComparison.Ordinal);
        Assert.Contains(entities, e => e is { Type: "bold", Offset: 0 } && e.Length == article.Title.Length);
        Assert.Contains(entities, e => e is { Type: "text_link", Offset: 0 } && e.Url == article.Url);
        Assert.Contains(entities, e => e.Type == "italic" && text[e.Offset..].StartsWith("airspace-review.com", StringComparison.Ordinal));
        var button = Assert.Single(Assert.Single(message.Keyboard!.InlineKeyboard));
        Assert.Equal(("Read", article.Url), (button.Text, button.Url));
        Assert.Equal("https://example.com/f16.jpg", message.Preview.Url);
        Assert.True(message.Preview.PreferLargeMedia);
    }

    [Fact]
    public void Render_NoImage_DisablesPreview()
    {
        var message = AlertRenderer.Render(TestArticles.Article(image: null));

        Assert.True(message.Preview.IsDisabled);
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("not a url")]
    [InlineData(null)]
    public void Render_UnusableUrl_NoLinkAndNoButton(string? url)
    {
        var message = AlertRenderer.Render(TestArticles.Article(url: url));

        var (_, entities) = FakeHtml.Parse(message.Html);
        Assert.DoesNotContain(entities, e => e.Type == "text_link");
        Assert.Null(message.Keyboard);
    }

    [Fact]
    public void Render_HostileArticle_EverythingEscapedAndCutAtASentenceWithinTheLimit()
    {
        var article = Hostile.Article(emojiShift: 0);

        var message = AlertRenderer.Render(article);

        var (text, _) = FakeHtml.Parse(message.Html);
        Assert.Equal(message.Plain, text);
        Assert.True(text.Length <= TelegramLimits.MessageText, $"{text.Length} characters");
        Assert.StartsWith(Hostile.Title, text, StringComparison.Ordinal);
        Assert.Contains("<script>alert(\"&amp;\")</script>", text, StringComparison.Ordinal);
        var summary = text.Split("\n\n")[1];
        Assert.EndsWith(".", summary, StringComparison.Ordinal);
        Assert.StartsWith(summary, article.Summary, StringComparison.Ordinal);
        Assert.True(IsValidUtf16(message.Html));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Render_OneHugeSentenceWithEmojiAtTheCut_CutsBetweenCharactersWithEllipsis(int shift)
    {
        // No sentence end and no spaces near the limit: the cut must fall between text elements, never inside 😀.
        var summary = new string('x', 3000 + shift) + string.Concat(Enumerable.Repeat("😀", 2000));
        var article = TestArticles.Article(summary: summary);

        var message = AlertRenderer.Render(article);

        var (text, _) = FakeHtml.Parse(message.Html);
        Assert.True(text.Length <= TelegramLimits.MessageText);
        Assert.True(IsValidUtf16(text));
        Assert.Contains("😀…", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_Edit_MetaLineSaysUpdated()
    {
        var article = TestArticles.Article();
        var message = AlertRenderer.Render(article, edited: true);

        Assert.EndsWith(" · updated · #" + article.Id, message.Plain, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_ControlCharactersAndLoneSurrogate_AreCleaned()
    {
        var message = AlertRenderer.Render(TestArticles.Article(title: "Bad\u0000 title \uD83D here", summary: "Line one.\r\nLine\u0007 two."));

        Assert.True(IsValidUtf16(message.Html));
        Assert.StartsWith("Bad title \uFFFD here\n\nLine one.\nLine two.", message.Plain, StringComparison.Ordinal);
    }

    internal static bool IsValidUtf16(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return false;
            }
        }

        return Encoding.UTF8.GetByteCount(text) > 0 || text.Length == 0;
    }
}
