using System.Text.RegularExpressions;

namespace Airspace.Telegram.Commands;

/// <summary>A "/name[@bot] arguments" message, parsed the way Telegram marks bot_command entities.</summary>
internal sealed partial record ParsedCommand(string Name, string Arguments, bool AddressedToUs)
{
    /// <summary>
    /// Parses <paramref name="text"/>; false when it is not a command or is addressed to another bot
    /// (<c>/latest@other_bot</c>). The name is lower-cased; <paramref name="botUsername"/> is compared case-insensitively.
    /// </summary>
    public static bool TryParse(string? text, string? botUsername, out ParsedCommand command)
    {
        command = new ParsedCommand("", "", false);
        if (text is null || !text.StartsWith('/'))
        {
            return false;
        }

        var match = CommandPattern().Match(text);
        if (!match.Success)
        {
            return false;
        }

        var mention = match.Groups["bot"];
        if (mention.Success && !string.Equals(mention.Value, botUsername, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        command = new ParsedCommand(match.Groups["name"].Value.ToLowerInvariant(), match.Groups["args"].Value.Trim(), mention.Success);
        return true;
    }

    // tdlib: /[A-Za-z0-9_]{1,64}(@[A-Za-z0-9_]{3,32})?, then the end or whitespace.
    [GeneratedRegex(@"^/(?<name>[A-Za-z0-9_]{1,64})(?:@(?<bot>[A-Za-z0-9_]{3,32}))?(?:\s+(?<args>[\s\S]*))?$")]
    private static partial Regex CommandPattern();
}
