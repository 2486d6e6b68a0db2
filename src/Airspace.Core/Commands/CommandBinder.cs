using System.Globalization;

namespace Airspace.Core.Commands;

/// <summary>
/// Binds raw input to a command's declared parameters: chat text by the one grammar of docs/commands.md, or named
/// values (Discord options, CLI options, paging buttons). A missing required value or an invalid one is an error
/// value, never an exception.
/// </summary>
public static class CommandBinder
{
    /// <summary>
    /// Chat text: first the keyed parameters' <c>name=value</c> words are taken out, wherever they are; then positional
    /// parameters in declaration order, each but the last taking one word (a "quoted phrase" is one word); the last
    /// takes the rest of the text. A command without positional parameters ignores the rest.
    /// </summary>
    public static bool TryBindText(CommandDeclaration declaration, string text, out CommandArguments arguments, out string error)
    {
        ArgumentNullException.ThrowIfNull(declaration);
        var values = new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase);
        var rest = TakeKeyed(declaration, text.Trim(), values);
        var positional = declaration.Parameters.Where(p => p.Positional).ToArray();
        for (var i = 0; i < positional.Length; i++)
        {
            string value;
            if (i == positional.Length - 1)
            {
                value = rest;
                rest = "";
            }
            else
            {
                (value, rest) = NextWord(rest);
            }

            values[positional[i].Name] = value.Length == 0 ? null : value;
        }

        return TryBind(declaration, values, out arguments, out error);
    }

    /// <summary>Named values: strings are parsed as typed text would be; numbers are taken as they are.</summary>
    public static bool TryBind(CommandDeclaration declaration, IReadOnlyDictionary<string, object?> values, out CommandArguments arguments, out string error)
    {
        ArgumentNullException.ThrowIfNull(declaration);
        ArgumentNullException.ThrowIfNull(values);
        var bound = new Dictionary<string, object>(StringComparer.OrdinalIgnoreCase);
        arguments = CommandArguments.None;
        error = "";
        foreach (var parameter in declaration.Parameters)
        {
            var raw = values.TryGetValue(parameter.Name, out var given) ? given : null;
            if (raw is string s && s.Trim().Length == 0)
            {
                raw = null;
            }

            if (raw is null)
            {
                if (parameter.Required)
                {
                    error = UsageError(declaration);
                    return false;
                }

                continue;
            }

            if (parameter.Type == ParameterType.Page && Number(raw) is < 1 and var page)
            {
                error = ChatText.Format("binder.pageStart", page);
                return false;
            }

            if (Convert(parameter, raw) is not { } value)
            {
                // A named option is not part of the usage line: its own range or choices say more.
                error = !parameter.Positional && parameter.Type == ParameterType.Choice
                    ? ChatText.Format("binder.choice", parameter.Name, string.Join(", ", parameter.Choices))
                    : !parameter.Positional && parameter.Type == ParameterType.Integer
                    ? ChatText.Format("binder.range", parameter.Name, parameter.Minimum, parameter.Maximum)
                    : UsageError(declaration);
                return false;
            }

            bound[parameter.Name] = value;
        }

        arguments = new CommandArguments(bound);
        return true;
    }

    public static string UsageError(CommandDeclaration declaration)
    {
        ArgumentNullException.ThrowIfNull(declaration);
        return declaration.UsageError?.Text
            ?? ChatText.Format("binder.usage", declaration.Name + (declaration.Usage.Length > 0 ? " " + declaration.Usage : ""));
    }

    private static object? Convert(CommandParameter parameter, object raw) => parameter.Type switch
    {
        ParameterType.Text => raw.ToString()!.Trim(),
        ParameterType.Words => ArgumentSplitter.Split(raw.ToString()!),
        ParameterType.Choice => parameter.Choices.FirstOrDefault(c => string.Equals(c, raw.ToString()!.Trim(), StringComparison.OrdinalIgnoreCase)),
        ParameterType.Integer => Number(raw) is { } n && n >= (parameter.Minimum ?? int.MinValue) && n <= (parameter.Maximum ?? int.MaxValue) ? (int)n : null,
        ParameterType.Page => Number(raw) is { } page and <= int.MaxValue ? (int)page : null,
        _ => null,
    };

    private static long? Number(object raw) => raw switch
    {
        int i => i,
        long l => l,
        string s when long.TryParse(s.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) => n,
        _ => null,
    };

    /// <summary>
    /// Moves unquoted <c>name=value</c> words of keyed parameters into <paramref name="values"/> (repeats joined by
    /// commas) and returns the other words, quotes kept, joined by single spaces.
    /// </summary>
    private static string TakeKeyed(CommandDeclaration declaration, string text, Dictionary<string, object?> values)
    {
        var keyed = declaration.Parameters.Where(p => p.Keyed).ToArray();
        if (keyed.Length == 0)
        {
            return text;
        }

        var kept = new List<string>();
        var at = 0;
        while (at < text.Length)
        {
            if (char.IsWhiteSpace(text[at]))
            {
                at++;
                continue;
            }

            var end = at;
            if (text[at] is '"' or '“' or '”')
            {
                var close = text.IndexOfAny(['"', '“', '”'], at + 1);
                end = close < 0 ? text.Length : close + 1;
            }
            else
            {
                while (end < text.Length && !char.IsWhiteSpace(text[end]))
                {
                    end++;
                }
            }

            var word = text[at..end];
            var equals = word.IndexOf('=', StringComparison.Ordinal);
            var parameter = equals > 0 ? keyed.FirstOrDefault(p => string.Equals(p.Name, word[..equals], StringComparison.OrdinalIgnoreCase)) : null;
            if (parameter is null)
            {
                kept.Add(word);
            }
            else
            {
                var value = word[(equals + 1)..].Trim('"', '“', '”');
                values[parameter.Name] = values.TryGetValue(parameter.Name, out var earlier) && earlier is string first && parameter.Type == ParameterType.Words
                    ? $"{first},{value}"
                    : value;
            }

            at = end;
        }

        return string.Join(' ', kept);
    }

    private static (string Word, string Remainder) NextWord(string text)
    {
        if (text.Length > 0 && text[0] is '"' or '“' or '”')
        {
            var close = text.IndexOfAny(['"', '“', '”'], 1);
            return close < 0 ? (text[1..].Trim(), "") : (text[1..close].Trim(), text[(close + 1)..].TrimStart());
        }

        var end = 0;
        while (end < text.Length && !char.IsWhiteSpace(text[end]))
        {
            end++;
        }

        return (text[..end], text[end..].TrimStart());
    }
}
