using System.Globalization;
using System.Text;
using Airspace.Feeds.Html;
using Airspace.Feeds.Parsing;

namespace Airspace.Feeds.Tests.Conformance;

/// <summary>
/// Evaluates a feedparser Expect expression against our <c>feed parse</c> contract. The mapping is deliberate:
/// <list type="bullet">
/// <item><c>bozo</c>: "not bozo" means we accept the document; <c>bozo</c> alone means we reject it.</item>
/// <item><c>feed['title'|'link']</c>, <c>entries[i]['title'|'link'|'id'|'guid'|'author'|'summary'|'description']</c>,
/// <c>['content'][0]['value']</c>, <c>['author_detail']['name']</c>, <c>['authors'][0]['name']</c>,
/// <c>['published'|'updated']</c> and their <c>_parsed</c> tuples, <c>['tags'][k]['term']</c> and <c>['category']</c>
/// map onto title, link, id, author, summary, content, published, updated and categories.</item>
/// <item>Text fields: feedparser gives sanitised HTML, we give plain text, so the expected value is reduced to plain
/// text (HTML to text, whitespace collapsed) unless the file tests a text/plain construct (name contains
/// "text_plain"), whose value is literal. Empty and null are equal.</item>
/// <item>Authors: feedparser appends " (email)"; our author is the display name, so the email is dropped from the
/// expected value.</item>
/// <item>Dates: compared as instants (feedparser's raw strings parsed by the BCL, its tuples as UTC).</item>
/// <item>Everything else (details, links lists, rights, generator, enclosures, versions, …) has no counterpart in the
/// contract: the whole expectation is unmappable.</item>
/// </list>
/// </summary>
public sealed class ExpectationEvaluator
{
    private readonly List<Token> _tokens;
    private readonly ParsedFeed? _feed;
    private readonly bool _literalText;
    private int _at;

    private ExpectationEvaluator(string expression, ParsedFeed? feed, bool literalText)
    {
        _tokens = Tokenizer.Tokenize(expression);
        _feed = feed;
        _literalText = literalText;
    }

    /// <summary>Null when the expectation is unmappable; otherwise whether it holds.</summary>
    public static bool? Evaluate(string expression, ParsedFeed? feed, string fileName)
    {
        var evaluator = new ExpectationEvaluator(expression, feed, fileName.Contains("text_plain", StringComparison.Ordinal));
        try
        {
            var result = evaluator.Expression();
            return evaluator._at == evaluator._tokens.Count ? result.Truthy : null;
        }
        catch (UnmappableException)
        {
            return null;
        }
    }

    private Value Expression()
    {
        var left = Clause();
        while (Peek("and"))
        {
            _at++;
            var right = Clause();
            left = Value.Bool(left.Truthy && right.Truthy);
        }

        return left;
    }

    private Value Clause()
    {
        if (Peek("not"))
        {
            _at++;
            return Value.Bool(!Clause().Truthy);
        }

        if (Peek("(") && !(_tokens.Count > _at + 1 && _tokens[_at + 1].Kind == TokenKind.Number))
        {
            _at++;
            var inner = Expression();
            Expect(")");
            return inner;
        }

        var first = Operand();
        if (!Peek("==") && !Peek("!="))
        {
            return first;
        }

        var result = true;
        var left = first;
        while (Peek("==") || Peek("!="))
        {
            var equal = _tokens[_at++].Text == "==";
            var right = Operand();
            result &= Compare(left, right) == equal;
            left = right;
        }

        return Value.Bool(result);
    }

    private Value Operand()
    {
        var token = _tokens[_at++];
        return token.Kind switch
        {
            TokenKind.String => Value.Literal(token.Text),
            TokenKind.Number => Value.Literal(token.Text),
            TokenKind.Word when token.Text == "None" => Value.None,
            TokenKind.Word when token.Text == "bozo" => Value.Bool(_feed is null),
            TokenKind.Word when token.Text is "feed" or "entries" => Accessor(token.Text),
            TokenKind.Symbol when token.Text == "(" => Tuple(),
            _ => throw new UnmappableException(),
        };
    }

    private Value Tuple()
    {
        var parts = new List<int>();
        while (!Peek(")"))
        {
            var token = _tokens[_at++];
            if (token.Kind == TokenKind.Number)
            {
                parts.Add(int.Parse(token.Text, CultureInfo.InvariantCulture));
            }
        }

        _at++;
        return parts.Count >= 6
            ? Value.Date(new DateTimeOffset(parts[0], parts[1], parts[2], parts[3], parts[4], parts[5], TimeSpan.Zero))
            : throw new UnmappableException();
    }

    private Value Accessor(string head)
    {
        var path = new List<string> { head };
        while (Peek("["))
        {
            _at++;
            path.Add(_tokens[_at++].Text);
            Expect("]");
        }

        return FieldMap.Read(path, _feed, _literalText);
    }

    private static bool Compare(Value ours, Value expected)
    {
        if (ours.Kind == ValueKind.Literal && expected.Kind != ValueKind.Literal)
        {
            (ours, expected) = (expected, ours);
        }

        return (ours.Kind, expected.Kind) switch
        {
            (ValueKind.Text, ValueKind.Literal) => (ours.Text ?? "") == ours.Normalize!(expected.Text!),
            (ValueKind.Text, ValueKind.None) => ours.Text is null,
            (ValueKind.Text, ValueKind.Text) => ours.Text == expected.Text,
            (ValueKind.Date, ValueKind.Literal) => ours.Instant == FieldMap.ParseDate(expected.Text!),
            (ValueKind.Date, ValueKind.Date) => ours.Instant == expected.Instant,
            _ => throw new UnmappableException(),
        };
    }

    private bool Peek(string text) => _at < _tokens.Count && _tokens[_at].Text == text && _tokens[_at].Kind != TokenKind.String;

    private void Expect(string text)
    {
        if (!Peek(text))
        {
            throw new UnmappableException();
        }

        _at++;
    }

    internal sealed class UnmappableException : Exception;

    internal enum ValueKind
    {
        Bool,
        Text,
        Date,
        Literal,
        None,
    }

    /// <summary>A value in the expression: ours (text, date) carries how to normalise the expected literal.</summary>
    internal sealed record Value(ValueKind Kind, string? Text = null, DateTimeOffset? Instant = null, bool Flag = false, Func<string, string>? Normalize = null)
    {
        public static Value None { get; } = new(ValueKind.None);

        public bool Truthy => Kind switch
        {
            ValueKind.Bool => Flag,
            ValueKind.Text => !string.IsNullOrEmpty(Text),
            ValueKind.Date => Instant is not null,
            ValueKind.Literal => !string.IsNullOrEmpty(Text),
            _ => false,
        };

        public static Value Bool(bool value) => new(ValueKind.Bool, Flag: value);

        public static Value Literal(string text) => new(ValueKind.Literal, text);

        public static Value Date(DateTimeOffset? instant) => new(ValueKind.Date, Instant: instant);

        public static Value OurText(string? text, Func<string, string> normalize) => new(ValueKind.Text, text, Normalize: normalize);
    }

    /// <summary>Plain text the way the contract defines it, applied to feedparser's expected HTML.</summary>
    internal static string PlainFromHtml(string html) => Collapse(HtmlText.ToText(html));

    internal static string Collapse(string text)
    {
        var builder = new StringBuilder();
        foreach (var part in text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            builder.Append(builder.Length == 0 ? "" : " ").Append(part);
        }

        return builder.ToString();
    }
}
