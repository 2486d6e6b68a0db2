namespace Airspace.Core.Sources;

/// <summary>
/// The built-in source of articles imported by hand (<c>airspace import</c>) or through the inbox folder: a
/// subscription selects it like any feed. An article belongs to the feed whose name is its
/// <see cref="Articles.Article.Source"/>; every other article (whatever source its file names) belongs here.
/// </summary>
public static class InboxSource
{
    public const string Name = "inbox";
}
