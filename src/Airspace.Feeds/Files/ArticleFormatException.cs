namespace Airspace.Feeds.Files;

/// <summary>Thrown by the format parsers, which do not know the path; the reader adds it.</summary>
internal sealed class ArticleFormatException(string reason) : Exception(reason)
{
    public string Reason { get; } = reason;
}
