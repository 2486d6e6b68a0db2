namespace Airspace.Host.Cli;

/// <summary>
/// Which files of a folder given to <c>airspace import</c> are articles. A folder of articles usually also holds its
/// documentation (README, CHANGELOG, PROVENANCE, LICENSE …, in any supported extension), and IndoSum ships each split
/// twice: <c>X.plain.jsonl</c> with the article text and <c>X.jsonl</c> tokenised (no text field, not articles). Those
/// are left out; a file named on the command line is always imported as asked.
/// </summary>
internal static class FolderContents
{
    private static readonly HashSet<string> DocumentNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "README", "CHANGELOG", "CHANGES", "HISTORY", "PROVENANCE", "LICENSE", "LICENCE", "COPYING", "NOTICE",
        "AUTHORS", "CONTRIBUTING", "CITATION",
    };

    private const string PlainSuffix = ".plain.jsonl";

    public static bool IsArticleFile(string path)
    {
        var name = Path.GetFileName(path);
        if (DocumentNames.Contains(Path.GetFileNameWithoutExtension(name)))
        {
            return false;
        }

        if (name.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase) && !name.EndsWith(PlainSuffix, StringComparison.OrdinalIgnoreCase))
        {
            var plain = Path.Combine(Path.GetDirectoryName(path) ?? "", name[..^".jsonl".Length] + PlainSuffix);
            return !File.Exists(plain);
        }

        return true;
    }
}
