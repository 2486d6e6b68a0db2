namespace Airspace.Core.Text;

/// <summary>Lowercase word tokens (runs of letters and digits) for scoring and language detection.</summary>
internal static class Words
{
    /// <summary>Calls <paramref name="onWord"/> for each lowercase word of <paramref name="text"/>, stopping after <paramref name="limit"/> words.</summary>
    public static void ForEach(string text, Action<string> onWord, int limit = int.MaxValue)
    {
        var buffer = new System.Text.StringBuilder(32);
        var count = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            var c = i < text.Length ? text[i] : ' ';
            if (char.IsLetterOrDigit(c))
            {
                buffer.Append(char.ToLowerInvariant(c));
                continue;
            }

            if (buffer.Length == 0)
            {
                continue;
            }

            onWord(buffer.ToString());
            buffer.Clear();
            if (++count >= limit)
            {
                return;
            }
        }
    }

    public static List<string> Tokenize(string text, int limit = int.MaxValue)
    {
        var words = new List<string>();
        ForEach(text, words.Add, limit);
        return words;
    }
}
