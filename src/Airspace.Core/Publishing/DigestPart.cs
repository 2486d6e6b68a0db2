namespace Airspace.Core.Publishing;

/// <summary>
/// A rendered digest part: the message and how many of its <see cref="DigestSlice.Articles"/> (from the first) it
/// holds. <see cref="DigestParts.NextPart{T}"/> adds <see cref="Planned"/> (the planned positions it covers, deleted
/// articles included) and <see cref="Last"/>.
/// </summary>
public sealed record DigestPart<T>(T Message, int Articles)
{
    public int Planned { get; init; }

    public bool Last { get; init; }
}
