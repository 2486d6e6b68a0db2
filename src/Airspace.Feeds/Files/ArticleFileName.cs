using System.Globalization;
using System.Text.RegularExpressions;

namespace Airspace.Feeds.Files;

/// <summary>What a file name says about its article ("2023-09-15-kim-jong-un-knaaz.txt").</summary>
internal static partial class ArticleFileName
{
    public static string Stem(string path) => Path.GetFileNameWithoutExtension(path);

    /// <summary>The date of a "yyyy-mm-dd-" name prefix, at midnight UTC.</summary>
    public static DateTimeOffset? DatePrefix(string path)
    {
        var match = DatePrefixPattern().Match(Stem(path));
        if (!match.Success)
        {
            return null;
        }

        return DateTime.TryParseExact(match.Groups[1].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture,
            DateTimeStyles.None, out var date)
            ? new DateTimeOffset(date, TimeSpan.Zero)
            : null;
    }

    [GeneratedRegex(@"^(\d{4}-\d{2}-\d{2})-.")]
    private static partial Regex DatePrefixPattern();
}
