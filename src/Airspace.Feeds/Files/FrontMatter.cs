using System.Text;
using System.Text.RegularExpressions;

namespace Airspace.Feeds.Files;

/// <summary>
/// The simple YAML-style front matter of a Markdown article: <c>key: value</c> pairs, inline <c>[a, b]</c> lists,
/// block <c>- item</c> lists and <c>|</c>/<c>&gt;</c> block values. Anything else is ignored, never an error.
/// </summary>
internal sealed partial class FrontMatter
{
    private readonly Dictionary<string, Entry> _entries = new(StringComparer.OrdinalIgnoreCase);

    private FrontMatter()
    {
    }

    /// <summary>Splits "---\nkey: value\n---\nbody" into its front matter and body; no front matter → null.</summary>
    public static (FrontMatter? FrontMatter, string Body) Split(string content)
    {
        var lines = content.Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
        if (lines.Length == 0 || lines[0].TrimEnd() != "---")
        {
            return (null, content);
        }

        for (var end = 1; end < lines.Length; end++)
        {
            if (lines[end].TrimEnd() is "---" or "...")
            {
                var frontMatter = Parse(lines[1..end]);
                return (frontMatter, string.Join('\n', lines[(end + 1)..]));
            }
        }

        // An opening "---" that is never closed is a horizontal rule, not front matter.
        return (null, content);
    }

    /// <summary>The first of <paramref name="keys"/> that has a value; for a list, its first item.</summary>
    public string? Scalar(params string[] keys)
    {
        foreach (var key in keys)
        {
            if (_entries.TryGetValue(key, out var entry))
            {
                var value = entry.Items is { } items ? items.FirstOrDefault() : entry.Value;
                if (!string.IsNullOrWhiteSpace(value))
                {
                    return value.Trim();
                }
            }
        }

        return null;
    }

    /// <summary>All items under any of <paramref name="keys"/>; a scalar value is read as "a, b".</summary>
    public IEnumerable<string> List(params string[] keys)
    {
        foreach (var key in keys)
        {
            if (!_entries.TryGetValue(key, out var entry))
            {
                continue;
            }

            var items = entry.Items ?? (entry.Value is { } value ? DraftValues.SplitList(value) : []);
            foreach (var item in items)
            {
                yield return item;
            }
        }
    }

    private static FrontMatter Parse(string[] lines)
    {
        var result = new FrontMatter();
        var i = 0;
        while (i < lines.Length)
        {
            var match = KeyValue().Match(lines[i]);
            i++;
            if (!match.Success)
            {
                continue;
            }

            var key = match.Groups["key"].Value;
            var raw = match.Groups["value"].Value.Trim();
            if (raw.Length == 0)
            {
                var items = new List<string>();
                while (i < lines.Length)
                {
                    var item = ListItem().Match(lines[i]);
                    if (item.Success)
                    {
                        items.Add(Unquote(item.Groups["item"].Value.Trim()));
                    }
                    else if (lines[i].Trim().Length != 0)
                    {
                        break;
                    }

                    i++;
                }

                result._entries[key] = items.Count > 0 ? new Entry(null, items) : new Entry(null, null);
            }
            else if (BlockScalar().IsMatch(raw))
            {
                var block = new StringBuilder();
                while (i < lines.Length && (lines[i].Length == 0 || char.IsWhiteSpace(lines[i][0])))
                {
                    block.Append(raw[0] == '|' ? '\n' : ' ').Append(lines[i].Trim());
                    i++;
                }

                result._entries[key] = new Entry(block.ToString().Trim(), null);
            }
            else if (raw.StartsWith('[') && raw.EndsWith(']'))
            {
                var items = SplitInline(raw[1..^1]).Select(Unquote).Where(s => s.Length > 0).ToList();
                result._entries[key] = new Entry(null, items);
            }
            else
            {
                result._entries[key] = new Entry(Unquote(raw), null);
            }
        }

        return result;
    }

    /// <summary>Splits an inline list on commas outside quotes.</summary>
    private static IEnumerable<string> SplitInline(string inner)
    {
        var current = new StringBuilder();
        char? quote = null;
        foreach (var c in inner)
        {
            if (quote is null && c == ',')
            {
                yield return current.ToString().Trim();
                current.Clear();
                continue;
            }

            if (quote is null && c is '"' or '\'')
            {
                quote = c;
            }
            else if (quote == c)
            {
                quote = null;
            }

            current.Append(c);
        }

        yield return current.ToString().Trim();
    }

    private static string Unquote(string value)
    {
        if (value.Length >= 2 && value[0] == '"' && value[^1] == '"')
        {
            return DoubleQuoteEscape().Replace(value[1..^1], m => m.Groups[1].Value switch
            {
                "n" => "\n",
                "t" => "\t",
                var other => other,
            });
        }

        if (value.Length >= 2 && value[0] == '\'' && value[^1] == '\'')
        {
            return value[1..^1].Replace("''", "'", StringComparison.Ordinal);
        }

        return value;
    }

    private sealed record Entry(string? Value, List<string>? Items);

    [GeneratedRegex(@"^(?<key>[A-Za-z0-9_][A-Za-z0-9_.-]*)\s*:(?:\s+(?<value>.*)|\s*)$")]
    private static partial Regex KeyValue();

    [GeneratedRegex(@"^\s*-\s+(?<item>.*)$")]
    private static partial Regex ListItem();

    [GeneratedRegex(@"^[|>][+-]?$")]
    private static partial Regex BlockScalar();

    [GeneratedRegex(@"\\(.)")]
    private static partial Regex DoubleQuoteEscape();
}
