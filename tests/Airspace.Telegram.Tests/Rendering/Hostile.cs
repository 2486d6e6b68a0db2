using System.Text;
using Airspace.Core.Articles;
using Airspace.Telegram.Tests.Support;

namespace Airspace.Telegram.Tests.Rendering;

/// <summary>An article built to break a careless renderer: markup, ampersands, 10,000 characters, emoji at the cut.</summary>
public static class Hostile
{
    public const string Title = "<script>alert(\"&amp;\")</script> & <b>Bold</b> claims <i>F-16</i> <a href=\"x\">deal</a> 😀";

    /// <param name="emojiShift">Moves the emoji run around the 4096 mark so one of them straddles any naive cut.</param>
    public static Article Article(int emojiShift)
    {
        var summary = new StringBuilder();
        var n = 0;
        while (summary.Length < 10_000)
        {
            summary.Append($"Sentence {n++} has <tags>, & ampersands &amp; entities &nbsp; and \"quotes\" <script>x</script>. ");
            if (summary.Length is > 3900 and < 4200)
            {
                summary.Append(new string('y', emojiShift)).Append("😀😀😀😀😀😀 emoji 😀 run. ");
            }
        }

        return TestArticles.Article(title: Title, summary: summary.ToString().Trim(), image: "https://example.com/a.jpg?x=1&y=<2>");
    }
}
