using System.Globalization;
using System.Text;

namespace Airspace.Feeds.Tests.Conformance;

public enum TokenKind
{
    Word,
    String,
    Number,
    Symbol,
}

public readonly record struct Token(TokenKind Kind, string Text);

/// <summary>Tokens of the Python expressions in Expect lines: names, string literals (with escapes), numbers, symbols.</summary>
public static class Tokenizer
{
    public static List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (c is '\'' or '"' || (c is 'u' or 'b' && i + 1 < text.Length && text[i + 1] is '\'' or '"'))
            {
                if (c is 'u' or 'b')
                {
                    i++;
                }

                tokens.Add(new Token(TokenKind.String, ReadString(text, ref i)));
            }
            else if (char.IsAsciiDigit(c) || (c == '-' && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1])))
            {
                var start = i++;
                while (i < text.Length && (char.IsAsciiDigit(text[i]) || text[i] == '.'))
                {
                    i++;
                }

                tokens.Add(new Token(TokenKind.Number, text[start..i]));
            }
            else if (char.IsAsciiLetter(c) || c == '_')
            {
                var start = i;
                while (i < text.Length && (char.IsAsciiLetterOrDigit(text[i]) || text[i] == '_'))
                {
                    i++;
                }

                tokens.Add(new Token(TokenKind.Word, text[start..i]));
            }
            else if ((c is '=' or '!') && i + 1 < text.Length && text[i + 1] == '=')
            {
                tokens.Add(new Token(TokenKind.Symbol, text.Substring(i, 2)));
                i += 2;
            }
            else
            {
                tokens.Add(new Token(TokenKind.Symbol, c.ToString()));
                i++;
            }
        }

        return tokens;
    }

    private static string ReadString(string text, ref int i)
    {
        var quote = text[i];
        var triple = i + 2 < text.Length && text[i + 1] == quote && text[i + 2] == quote;
        var delimiter = triple ? new string(quote, 3) : quote.ToString();
        i += delimiter.Length;
        var value = new StringBuilder();
        while (i < text.Length && string.CompareOrdinal(text, i, delimiter, 0, delimiter.Length) != 0)
        {
            var c = text[i++];
            if (c != '\\' || i >= text.Length)
            {
                value.Append(c);
                continue;
            }

            var e = text[i++];
            switch (e)
            {
                case 'n': value.Append('\n'); break;
                case 't': value.Append('\t'); break;
                case 'r': value.Append('\r'); break;
                case 'x': value.Append((char)int.Parse(text.AsSpan(i, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture)); i += 2; break;
                case 'u': value.Append((char)int.Parse(text.AsSpan(i, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture)); i += 4; break;
                case 'U': value.Append(char.ConvertFromUtf32(int.Parse(text.AsSpan(i, 8), NumberStyles.HexNumber, CultureInfo.InvariantCulture))); i += 8; break;
                default: value.Append(e); break;
            }
        }

        i += delimiter.Length;
        return value.ToString();
    }
}
