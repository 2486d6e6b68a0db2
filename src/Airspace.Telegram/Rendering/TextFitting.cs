using System.Text;
using Airspace.Core.Text;

namespace Airspace.Telegram.Rendering;

/// <summary>
/// Shortens plain text before it is escaped, so a cut can never fall inside a tag or an entity; cuts fall between
/// sentences, else between words (<see cref="TextCutting"/>).
/// </summary>
internal static class TextFitting
{
    /// <summary>
    /// The longest run of whole sentences from the start of <paramref name="text"/> that fits in
    /// <paramref name="max"/> characters, keeping paragraph breaks; when even the first sentence is too long, that
    /// sentence cut at a word with "…".
    /// </summary>
    public static string FitSentences(string text, int max)
    {
        if (text.Length <= max)
        {
            return text;
        }

        if (max <= 0)
        {
            return "";
        }

        var fitted = new StringBuilder();
        foreach (var paragraph in text.Split('\n'))
        {
            var first = true;
            foreach (var sentence in SentenceSplitter.Split(paragraph))
            {
                var separator = fitted.Length == 0 ? "" : first ? "\n" : " ";
                if (fitted.Length + separator.Length + sentence.Length > max)
                {
                    return fitted.Length > 0 ? fitted.ToString() : TextCutting.CutAtWord(sentence, max);
                }

                fitted.Append(separator).Append(sentence);
                first = false;
            }
        }

        return fitted.ToString();
    }
}
