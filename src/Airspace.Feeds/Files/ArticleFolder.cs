using System.IO.Enumeration;

namespace Airspace.Feeds.Files;

/// <summary>The files under a folder, for <c>airspace import FOLDER</c>: every level, never through a linked folder.</summary>
public static class ArticleFolder
{
    /// <summary>
    /// Every entry that is not a folder, links included (the reader refuses those with a reason rather than leaving
    /// them out silently); symbolic links to folders are listed, not entered.
    /// </summary>
    public static IEnumerable<string> Files(string folder) =>
        new FileSystemEnumerable<string>(folder, (ref FileSystemEntry entry) => entry.ToSpecifiedFullPath(), new EnumerationOptions
        {
            RecurseSubdirectories = true,
            AttributesToSkip = FileAttributes.Hidden | FileAttributes.System,
            IgnoreInaccessible = true,
        })
        {
            ShouldIncludePredicate = (ref FileSystemEntry entry) => !entry.IsDirectory || IsLink(entry),
            ShouldRecursePredicate = (ref FileSystemEntry entry) => !IsLink(entry),
        };

    private static bool IsLink(in FileSystemEntry entry) => (entry.Attributes & FileAttributes.ReparsePoint) != 0;
}
