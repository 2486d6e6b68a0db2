using System.Text;
using Airspace.Core.Localization;

namespace Airspace.Search.Querying;

/// <summary>
/// Splits free text into words and quoted phrases. Accepts any string: there is no operator syntax to get wrong.
/// Control characters and broken surrogates become spaces, an unmatched quote is ignored, and AND/OR/NOT,
/// +word/-word, field:, wildcards and brackets are read as plain words (the punctuation itself is dropped).
/// The filters <c>source:</c>, <c>category:</c>, <c>after:</c> and <c>before:</c> are taken out first
/// (<see cref="FilterSyntax"/>).
/// </summary>
internal static class UserQueryParser
{
    public const int MaxLength = 256;

    // The notices are shown in chat: in the current chat language (ChatText, the asker's language scope).
    public static string TooLongNotice => ChatText.Format("searchNotice.tooLong", MaxLength);
    public static string OperatorsNotice => ChatText.Get("searchNotice.operators");
    public static string UnmatchedQuoteNotice => ChatText.Get("searchNotice.unmatchedQuote");

    public static ParsedUserQuery Parse(string? text)
    {
        var notices = new List<string>();
        var clean = Sanitize(text ?? string.Empty);
        if (clean.Length > MaxLength)
        {
            clean = clean[..SafeLength(clean, MaxLength)];
            notices.Add(TooLongNotice);
        }

        (clean, var filters) = FilterSyntax.Extract(clean, notices);
        var parts = new List<QueryPart>();
        var operators = false;
        var segments = SplitOnQuotes(clean, out var unmatchedQuote);
        for (var i = 0; i < segments.Count; i++)
        {
            var quoted = i % 2 == 1 && !(unmatchedQuote && i == segments.Count - 1);
            if (quoted)
            {
                if (!string.IsNullOrWhiteSpace(segments[i]))
                {
                    parts.Add(new QueryPart(segments[i].Trim(), Quoted: true));
                }
            }
            else
            {
                operators |= AddWords(segments[i], parts);
            }
        }

        if (operators)
        {
            notices.Add(OperatorsNotice);
        }

        if (unmatchedQuote)
        {
            notices.Add(UnmatchedQuoteNotice);
        }

        return new ParsedUserQuery(parts, notices) { Filters = filters };
    }

    private static string Sanitize(string text)
    {
        var builder = new StringBuilder(Math.Min(text.Length, MaxLength * 2));
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[++i]);
            }
            else
            {
                builder.Append(char.IsControl(c) || char.IsSurrogate(c) ? ' ' : c);
            }

            // Sanitising the whole of a huge paste is wasted work: only MaxLength characters survive.
            if (builder.Length > MaxLength + 1)
            {
                break;
            }
        }

        return builder.ToString();
    }

    private static int SafeLength(string text, int length) =>
        char.IsHighSurrogate(text[length - 1]) ? length - 1 : length;

    /// <summary>Even-indexed segments are outside quotes, odd-indexed inside.</summary>
    private static List<string> SplitOnQuotes(string text, out bool unmatchedQuote)
    {
        var segments = new List<string>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (IsQuote(text[i]))
            {
                segments.Add(text[start..i]);
                start = i + 1;
            }
        }

        segments.Add(text[start..]);
        unmatchedQuote = segments.Count % 2 == 0;
        return segments;
    }

    // Phones type curly quotes; German-style low quotes show up in pasted text.
    private static bool IsQuote(char c) => c is '"' or '\u201C' or '\u201D' or '\u201E';

    /// <summary>Adds the words of unquoted text; returns whether operator syntax was seen (and ignored).</summary>
    private static bool AddWords(string segment, List<QueryPart> parts)
    {
        var operators = false;
        var start = -1;
        for (var i = 0; i <= segment.Length; i++)
        {
            var inWord = i < segment.Length && IsWordChar(segment[i]);
            if (inWord && start < 0)
            {
                start = i;
                operators |= i > 0 && segment[i - 1] == '+';
            }
            else if (!inWord && start >= 0)
            {
                operators |= i < segment.Length && IsOperatorAfterWord(segment, i);
                operators |= AddWord(segment[start..i], parts);
                start = -1;
            }
        }

        return operators;
    }

    // "F-16*" (wildcard) and "title:F-16" (field); a question mark or a colon before a space is just punctuation.
    private static bool IsOperatorAfterWord(string segment, int i) =>
        segment[i] == '*' || (segment[i] == ':' && i + 1 < segment.Length && IsWordChar(segment[i + 1]));

    private static bool AddWord(string raw, List<QueryPart> parts)
    {
        var word = raw.Trim(TrimmedConnectors);
        if (word.Length == 0)
        {
            return false;
        }

        if (word is "AND" or "OR" or "NOT")
        {
            return true;
        }

        parts.Add(new QueryPart(word, Quoted: false));
        return raw[0] == '-';
    }

    private static readonly char[] TrimmedConnectors = ['-', '.', '_', '\'', '\u2019'];

    // Letters, digits and the connectors that can sit inside a word or designation (Su-35S, review.com, Jum'at).
    // Everything else separates words; the analyzer splits further where Unicode word rules say so.
    private static bool IsWordChar(char c) =>
        char.IsLetterOrDigit(c)
        || char.IsSurrogate(c)
        || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark
            or System.Globalization.UnicodeCategory.SpacingCombiningMark
        || Array.IndexOf(TrimmedConnectors, c) >= 0;
}
