using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Html;

namespace Airspace.Feeds.Parsing;

/// <summary>
/// Second chance for feeds that are not quite XML: HTML named entities (<c>&amp;nbsp;</c>) become numeric
/// character references and bare ampersands (<c>AT&amp;T</c>) become <c>&amp;amp;</c>. CDATA sections and comments
/// are left alone. Never used for entities declared in a DTD: those are refused before parsing.
/// </summary>
internal static partial class XmlEntityRepair
{
    private static readonly HashSet<string> XmlEntities = new(StringComparer.Ordinal) { "amp", "lt", "gt", "quot", "apos" };

    public static string Repair(string text)
    {
        var output = new StringBuilder(text.Length + 64);
        var i = 0;
        while (i < text.Length)
        {
            if (Skip(text, i, "<![CDATA[", "]]>", output, ref i) || Skip(text, i, "<!--", "-->", output, ref i))
            {
                continue;
            }

            var c = text[i];
            if (c != '&')
            {
                output.Append(c);
                i++;
                continue;
            }

            var match = Reference().Match(text, i);
            if (!match.Success)
            {
                output.Append("&amp;");
            }
            else if (match.Groups["name"].Success && !XmlEntities.Contains(match.Groups["name"].Value))
            {
                var symbol = HtmlEntityProvider.Resolver.GetSymbol(match.Groups["name"].Value + ";");
                output.Append(symbol is null ? "&amp;" + match.Value[1..] : string.Concat(Runes(symbol)));
            }
            else
            {
                output.Append(match.Value);
            }

            i += match.Success ? match.Length : 1;
        }

        return output.ToString();
    }

    private static IEnumerable<string> Runes(string symbol) => symbol.EnumerateRunes().Select(r => $"&#{r.Value};");

    private static bool Skip(string text, int at, string open, string close, StringBuilder output, ref int i)
    {
        if (string.CompareOrdinal(text, at, open, 0, open.Length) != 0)
        {
            return false;
        }

        var end = text.IndexOf(close, at + open.Length, StringComparison.Ordinal);
        end = end < 0 ? text.Length : end + close.Length;
        output.Append(text, at, end - at);
        i = end;
        return true;
    }

    [GeneratedRegex(@"\G&(?:#[0-9]{1,7};|#[xX][0-9A-Fa-f]{1,6};|(?<name>[A-Za-z][A-Za-z0-9]{0,31});)")]
    private static partial Regex Reference();
}
