using Airspace.Feeds.Html;

namespace Airspace.Feeds.Tests.Html;

public sealed class HtmlDepthGuardTests
{
    private static string Nested(string open, string close, int depth, string inner) =>
        string.Concat(Enumerable.Repeat(open, depth)) + inner + string.Concat(Enumerable.Repeat(close, depth));

    [Fact]
    public void Limit_OrdinaryPage_IsUnchanged()
    {
        var html = "<html><body>" + Nested("<div class=\"x\">", "</div>", 60, "<p>a<p>b<ul><li>c<li>d</ul><br><img src=x>")
            + "</body></html>";

        Assert.Same(html, HtmlDepthGuard.Limit(html));
    }

    [Fact]
    public void Limit_ManyUnclosedParagraphsAndItems_IsUnchanged()
    {
        var html = string.Concat(Enumerable.Repeat("<p>para<li>item<td>cell", 5_000));

        Assert.Same(html, HtmlDepthGuard.Limit(html));
    }

    [Fact]
    public void ToText_DeepNestingWithHostileContent_DropsScriptHiddenAndChrome()
    {
        var inner = "<p>Visible &amp; kept</p><script>alert('<div>')</script><nav><div><a>Menu</a></div></nav>"
            + "<div hidden><div>hidden one</div></div><span style=\"display: none\">hidden two</span>"
            + "<p aria-hidden=\"true\">hidden three</p><!-- <script>comment</script> --><b onclick=\"x()\">Bold</b> end";
        var html = Nested("<div>", "</div>", 2_000, inner);

        var text = HtmlText.ToText(html);

        Assert.Equal("Visible & kept\nBold end", text);
    }

    [Fact]
    public void ToText_TwoHundredThousandNestedElements_Completes()
    {
        var html = Nested("<div><span>", "</span></div>", 100_000, "bottom");

        Assert.Equal("bottom", HtmlText.ToText(html));
    }

    [Fact]
    public void ToText_DeepUnclosedFormattingSoup_Completes()
    {
        var html = string.Concat(Enumerable.Repeat("<b>x", 50_000)) + "<script>alert(1)";

        var text = HtmlText.ToText(html);

        Assert.Equal(50_000, text.Length);
        Assert.DoesNotContain("alert", text);
    }

    [Theory]
    [InlineData("<div title=\"a>b\">Text</div>")]
    [InlineData("<div title='x<y'>Text</div>")]
    [InlineData("<div \"broken>Text</div>")]
    public void Flatten_OddAttributes_LeaveNoMarkupInText(string element)
    {
        var html = Nested("<div>", "</div>", 600, element);

        var text = HtmlText.ToText(html);

        Assert.DoesNotContain("title", text);
        Assert.DoesNotContain("\"", text);
        Assert.EndsWith("Text", text);
    }
}
