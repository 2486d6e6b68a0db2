using Airspace.Core.Articles;
using Airspace.Core.Commands;
using Airspace.Core.Text;
using Airspace.Telegram.Rendering;
using Airspace.Telegram.Tests.Fake;
using Telegram.Bot.Types.ReplyMarkups;

namespace Airspace.Telegram.Tests.Rendering;

public sealed class ReplyRendererTests
{
    private static readonly DateTimeOffset Published = new(2024, 5, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Render_SearchPage2_NumbersFromPageAndBoldsHighlightedRuns()
    {
        var reply = new Reply
        {
            Text = "12 results for “su-57 <b>” (page 2 of 3):",
            Articles =
            [
                new ReplyArticle
                {
                    Id = new ArticleId(7), Title = "Su-57 & friends", Url = "https://example.com/su57", Source = "example.com", Published = Published,
                    Snippet = new HighlightedText([new TextRun("The ", false), new TextRun("Su-57", true), new TextRun(" <flew> & landed", false)]),
                },
            ],
            Paging = new ReplyPaging("search", "su-57 <b>", 2, 3),
        };

        var messages = ReplyRenderer.Render(reply);

        var message = Assert.Single(messages);
        var (text, entities) = FakeHtml.Parse(message.Html);
        Assert.Equal(message.Plain, text);
        Assert.Contains("12 results for “su-57 <b>” (page 2 of 3):\n\n6. Su-57 & friends\nexample.com · 1 May 2024 · #7\nThe Su-57 <flew> & landed", text, StringComparison.Ordinal);
        var bold = entities.Where(e => e.Type == "bold").Select(e => text.Substring(e.Offset, e.Length)).ToArray();
        Assert.Contains("Su-57", bold);
        Assert.Contains("Su-57 & friends", bold);
    }

    [Fact]
    public void Render_ReplyLongerThanOneMessage_SplitsBetweenArticlesAndPutsKeyboardLast()
    {
        var summary = string.Concat(Enumerable.Repeat("A long summary sentence about aircraft. ", 40));
        var reply = new Reply
        {
            Text = "The latest 20 articles:",
            Articles = Enumerable.Range(1, 20).Select(i => new ReplyArticle
            {
                Id = new ArticleId(i), Title = "Article " + i, Url = $"https://example.com/{i}", Source = "example.com", Published = Published, Summary = summary,
            }).ToArray(),
        };
        var keyboard = new InlineKeyboardMarkup(InlineKeyboardButton.WithCallbackData("Next ›", "s:2:x"));

        var messages = ReplyRenderer.Render(reply, keyboard);

        Assert.True(messages.Count > 1);
        Assert.All(messages, m => Assert.True(FakeHtml.Parse(m.Html).Text.Length <= TelegramLimits.MessageText));
        Assert.All(messages.SkipLast(1), m => Assert.Null(m.Keyboard));
        Assert.Same(keyboard, messages[^1].Keyboard);
        var all = string.Join("\n\n", messages.Select(m => m.Plain));
        Assert.All(Enumerable.Range(1, 20), i => Assert.Contains($"{i}. Article {i}\n", all, StringComparison.Ordinal));
    }

    [Fact]
    public void Render_Error_MarkedAndEscaped()
    {
        var messages = ReplyRenderer.Render(Reply.Error("Usage: /search <query>"));

        var (text, entities) = FakeHtml.Parse(Assert.Single(messages).Html);
        Assert.Equal("⚠️ Usage: /search <query>", text);
        Assert.Empty(entities);
    }
}
