using System.Text;
using Airspace.Feeds.Html;

namespace Airspace.Feeds.Tests.Html;

public sealed class HtmlTextTests
{
    [Fact]
    public void ToText_BlockElements_BecomeOneParagraphPerLine()
    {
        var html = "<h1>Title</h1><p>First   paragraph\n spans\tlines.</p><div>Second<br>Third</div>"
            + "<ul><li>One</li><li>Two</li></ul><blockquote>Quote</blockquote><section><article>Fourth</article></section>";

        var text = HtmlText.ToText(html);

        Assert.Equal("Title\nFirst paragraph spans lines.\nSecond\nThird\nOne\nTwo\nQuote\nFourth", text);
    }

    [Fact]
    public void ToText_InlineElements_StayInTheirParagraph()
    {
        var text = HtmlText.ToText("<p>The <b>Su-57</b> and <a href=\"/x\">Su-35S</a><i>!</i></p>");

        Assert.Equal("The Su-57 and Su-35S!", text);
    }

    [Fact]
    public void ToText_TableRows_AreParagraphsWithCellsSeparated()
    {
        var text = HtmlText.ToText("<table><tr><th>Type</th><th>Role</th></tr><tr><td>Su-35S</td><td>Fighter</td></tr></table>");

        Assert.Equal("Type Role\nSu-35S Fighter", text);
    }

    [Fact]
    public void ToText_PreformattedText_KeepsItsLines()
    {
        var text = HtmlText.ToText("<pre>line one\nline two</pre>");

        Assert.Equal("line one\nline two", text);
    }

    [Fact]
    public void ToText_WholeDocument_ReturnsBodyTextOnly()
    {
        var html = "<!doctype html><html><head><title>Page title</title><meta name=\"x\" content=\"meta text\">"
            + "<style>body{}</style></head><body><p>Body text</p></body></html>";

        Assert.Equal("Body text", HtmlText.ToText(html));
    }

    [Fact]
    public void ToText_Entities_AreDecodedToLiteralText()
    {
        var text = HtmlText.ToText("<p>Tom &amp; Jerry &lt;script&gt;alert(1)&lt;/script&gt; &#8211; caf&eacute;&nbsp;bar</p>");

        Assert.Equal("Tom & Jerry <script>alert(1)</script> – café bar", text);
    }

    [Fact]
    public void ToText_ScriptStyleAndEmbeds_AreRemovedWithTheirContent()
    {
        var html = "<p>Keep</p><script>alert('script')</script><style>p{color:red}</style><noscript>noscript</noscript>"
            + "<template><p>template</p></template><iframe src=\"x\">iframe</iframe><object>object</object>"
            + "<embed src=\"x\"><svg><text>svg</text></svg><form><input value=\"input\"><label>form</label></form>"
            + "<button>button</button><p>Also keep</p>";

        var text = HtmlText.ToText(html);

        Assert.Equal("Keep\nAlso keep", text);
    }

    [Fact]
    public void ToText_PageChrome_IsRemoved()
    {
        var html = "<header>Site header</header><nav>Menu</nav><main><p>Story</p><figure><img alt=\"alt text\">"
            + "<figcaption>Caption</figcaption></figure></main><aside>Related</aside><footer>Copyright</footer>";

        Assert.Equal("Story", HtmlText.ToText(html));
    }

    [Theory]
    [InlineData("<p hidden>secret</p>")]
    [InlineData("<p aria-hidden=\"true\">secret</p>")]
    [InlineData("<p aria-hidden=\"TRUE\">secret</p>")]
    [InlineData("<p style=\"display:none\">secret</p>")]
    [InlineData("<p style=\"color: red; DISPLAY : none ;\">secret</p>")]
    [InlineData("<div style=\"visibility:hidden\"><p>secret</p></div>")]
    public void ToText_HiddenElements_AreRemoved(string hidden)
    {
        var text = HtmlText.ToText("<p>visible</p>" + hidden);

        Assert.Equal("visible", text);
    }

    [Fact]
    public void ToText_AttributesAndJavascriptLinks_NeverAppear()
    {
        var html = "<p onclick=\"steal()\" data-x=\"attr\">Click <a href=\"javascript:alert(1)\" title=\"tip\">here</a>"
            + "<img src=x onerror=\"alert(2)\"></p>";

        var text = HtmlText.ToText(html);

        Assert.Equal("Click here", text);
    }

    [Fact]
    public void ToText_HostileMix_ContainsNoScriptContent()
    {
        var html = "<div><p>News<script type=\"text/javascript\">document.cookie</script></p>"
            + "<scr<script>x</script>ipt>alert(1)</scr</script>ipt><p>End</p></div>";

        var text = HtmlText.ToText(html);

        Assert.DoesNotContain("document.cookie", text);
        Assert.DoesNotContain("<script", text, StringComparison.OrdinalIgnoreCase);
        Assert.StartsWith("News", text);
        Assert.EndsWith("End", text);
    }

    [Fact]
    public void ToText_TenThousandNestedDivs_ReturnsTheInnerText()
    {
        var html = string.Concat(Enumerable.Repeat("<div>", 10_000)) + "deep text"
            + string.Concat(Enumerable.Repeat("</div>", 10_000));

        Assert.Equal("deep text", HtmlText.ToText(html));
    }

    [Fact]
    public void ToText_UnclosedTagSoup_ReturnsTextWithoutThrowing()
    {
        var html = new StringBuilder("<p>start");
        for (var i = 0; i < 5_000; i++)
        {
            html.Append("<b><i><span><table><td><li>x");
        }

        html.Append("<script>alert(1)");

        var text = HtmlText.ToText(html.ToString());

        Assert.StartsWith("start", text);
        Assert.DoesNotContain("alert", text);
        Assert.DoesNotContain("<", text);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("<p> </p><div>\n</div>")]
    [InlineData("<script>only()</script>")]
    public void ToText_NoText_ReturnsEmpty(string html)
    {
        Assert.Equal("", HtmlText.ToText(html));
    }

    [Fact]
    public void ToText_PlainTextWithoutTags_IsReturnedCollapsed()
    {
        Assert.Equal("a < b and c > d", HtmlText.ToText("  a < b   and c > d  "));
    }
}
