using System.Net;
using System.Text;
using System.Xml.Linq;

namespace Airspace.Feeds.Parsing;

/// <summary>
/// Inline XML content written back out as HTML: local names only (no namespaces), attributes and text escaped.
/// Iterative and non-mutating: renaming nodes in place notifies every ancestor, which is quadratic on hostile
/// nesting, and recursion would overflow the stack.
/// </summary>
internal static class MarkupWriter
{
    public static string Write(IEnumerable<XNode> nodes)
    {
        var html = new StringBuilder();
        var stack = new Stack<(XNode Node, bool Leaving)>();
        foreach (var node in nodes.Reverse())
        {
            stack.Push((node, false));
        }

        while (stack.Count > 0)
        {
            var (node, leaving) = stack.Pop();
            switch (node)
            {
                case XElement element when leaving:
                    html.Append("</").Append(element.Name.LocalName).Append('>');
                    break;
                case XElement element:
                    html.Append('<').Append(element.Name.LocalName);
                    foreach (var attribute in element.Attributes().Where(a => !a.IsNamespaceDeclaration))
                    {
                        html.Append(' ').Append(attribute.Name.LocalName).Append("=\"").Append(WebUtility.HtmlEncode(attribute.Value)).Append('"');
                    }

                    html.Append('>');
                    stack.Push((element, true));
                    foreach (var child in element.Nodes().Reverse())
                    {
                        stack.Push((child, false));
                    }

                    break;
                case XText text:
                    html.Append(WebUtility.HtmlEncode(text.Value));
                    break;
            }
        }

        return html.ToString();
    }
}
