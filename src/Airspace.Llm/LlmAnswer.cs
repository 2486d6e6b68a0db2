using System.Text;
using Airspace.Core.Text;

namespace Airspace.Llm;

/// <summary>Turns a model's answer into chat-ready summary text, or says why it cannot be used.</summary>
internal static class LlmAnswer
{
    private static readonly string[] Preambles = ["Summary:", "Ringkasan:", "Rangkuman:"];

    /// <summary>One line of whole sentences within <paramref name="maxCharacters"/>, or a reason to fall back.</summary>
    public static (string Text, string? Problem) Clean(string? answer, int maxCharacters)
    {
        var text = OneLine(answer ?? string.Empty);
        foreach (var preamble in Preambles)
        {
            if (text.StartsWith(preamble, StringComparison.OrdinalIgnoreCase))
            {
                text = text[preamble.Length..].TrimStart();
            }
        }

        if (text.Length >= 2 && text[0] == '"' && text[^1] == '"')
        {
            text = text[1..^1].Trim();
        }

        if (!text.Any(char.IsLetter))
        {
            return (string.Empty, "empty answer");
        }

        if (text.Length <= maxCharacters)
        {
            return (text, null);
        }

        // Too long: keep the whole sentences that fit, never a cut one.
        var kept = new StringBuilder();
        foreach (var sentence in SentenceSplitter.Split(text))
        {
            if (kept.Length + (kept.Length == 0 ? 0 : 1) + sentence.Length > maxCharacters)
            {
                break;
            }

            kept.Append(kept.Length == 0 ? string.Empty : " ").Append(sentence);
        }

        return kept.Length == 0 ? (string.Empty, "answer longer than the limit") : (kept.ToString(), null);
    }

    /// <summary>Line breaks, Markdown bullets and runs of spaces become single spaces.</summary>
    private static string OneLine(string answer)
    {
        var lines = TextNormalizer.Normalize(answer)
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(l => l.TrimStart('-', '*', '•', '#', ' '));
        return string.Join(' ', lines).Trim();
    }
}
