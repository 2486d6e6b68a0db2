using System.Text;
using System.Text.RegularExpressions;

namespace Airspace.Benchmarks.Rouge;

/// <summary>The tokenisation of <c>bench/tools/rouge.py</c>, which follows ROUGE-1.5.5 and the IndoSum paper.</summary>
public static partial class RougeTokenizer
{
    /// <summary>pythonrouge's default <c>-l 100</c>: only the first 100 words count.</summary>
    public const int PaperLengthLimit = 100;

    // Python's string.punctuation: a token made of one of these is dropped from the paper hypothesis.
    private const string AsciiPunctuation = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";

    /// <summary>ROUGE-1.5.5: lowercase, every run of characters outside [a-z0-9-] becomes a space, split.</summary>
    public static List<string> RougeTokens(string text, int limit = int.MaxValue)
    {
        var tokens = new List<string>();
        var lower = text.ToLowerInvariant();
        var current = new StringBuilder();
        foreach (var c in lower)
        {
            if (c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-')
            {
                current.Append(c);
                continue;
            }

            Flush(current, tokens);
        }

        Flush(current, tokens);
        return tokens.Count > limit ? tokens.GetRange(0, limit) : tokens;
    }

    /// <summary>The paper's hypothesis preprocessing: lowercase, drop punctuation tokens, each digit becomes 0.</summary>
    public static string PaperHypothesis(string text)
    {
        var kept = new List<string>();
        foreach (Match token in Token().Matches(text.ToLowerInvariant()))
        {
            var value = token.Value;
            if (value.Length == 1 && AsciiPunctuation.Contains(value[0], StringComparison.Ordinal))
            {
                continue;
            }

            kept.Add(Digit().Replace(value, "0"));
        }

        return string.Join(' ', kept);
    }

    private static void Flush(StringBuilder current, List<string> tokens)
    {
        if (current.Length > 0)
        {
            tokens.Add(current.ToString());
            current.Clear();
        }
    }

    // Close to the spaCy tokens IndoSum was built from: words with inner hyphens, dots or apostrophes, or one
    // punctuation character (the same expression as rouge.py).
    [GeneratedRegex(@"\w+(?:[-.'\u2019]\w+)*|[^\w\s]")]
    private static partial Regex Token();

    [GeneratedRegex(@"\d")]
    private static partial Regex Digit();
}
