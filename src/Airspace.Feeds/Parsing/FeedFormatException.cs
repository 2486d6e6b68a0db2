namespace Airspace.Feeds.Parsing;

/// <summary>A document refused as a feed; <see cref="Exception.Message"/> is one sentence saying why.</summary>
public sealed class FeedFormatException : Exception
{
    public FeedFormatException(string message)
        : base(message)
    {
    }

    public FeedFormatException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
