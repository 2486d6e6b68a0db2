using System.Text.RegularExpressions;

namespace Airspace.Feeds.Parsing;

/// <summary>
/// Author values as a display name: "me@example.com (Editor)", "Editor &lt;me@example.com&gt;" and
/// "Editor (me@example.com)" all give "Editor". A value that is only an address stays the address.
/// </summary>
internal static partial class FeedAuthors
{
    public static string? Name(string? value)
    {
        var line = FeedText.Line(FeedText.FromMaybeHtml(value));
        if (line is null)
        {
            return null;
        }

        var withoutEmail = Email().Replace(line, "").Trim();
        withoutEmail = EmptyBrackets().Replace(withoutEmail, "").Trim();
        var unwrapped = Wrapped().Match(withoutEmail);
        var name = unwrapped.Success ? unwrapped.Groups["inner"].Value.Trim() : withoutEmail;
        return name.Length > 0 ? name : line.Trim('<', '>', '(', ')', ' ');
    }

    [GeneratedRegex(@"(?:mailto:)?[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")]
    private static partial Regex Email();

    [GeneratedRegex(@"\(\s*\)|<\s*>|\[\s*\]")]
    private static partial Regex EmptyBrackets();

    [GeneratedRegex(@"^\((?<inner>[^()]*)\)$")]
    private static partial Regex Wrapped();
}
