using System.Text;

namespace Airspace.Core.Commands;

/// <summary>Splits command arguments on whitespace or commas, keeping "quoted phrases" together.</summary>
public static class ArgumentSplitter
{
    public static IReadOnlyList<string> Split(string arguments)
    {
        var parts = new List<string>();
        var current = new StringBuilder();
        var quoted = false;
        foreach (var c in arguments)
        {
            if (c is '"' or '“' or '”')
            {
                quoted = !quoted;
                Flush();
            }
            else if (!quoted && (char.IsWhiteSpace(c) || c == ','))
            {
                Flush();
            }
            else
            {
                current.Append(c);
            }
        }

        Flush();
        return parts;

        void Flush()
        {
            var part = current.ToString().Trim();
            if (part.Length > 0)
            {
                parts.Add(part);
            }

            current.Clear();
        }
    }
}
