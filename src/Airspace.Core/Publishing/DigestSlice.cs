namespace Airspace.Core.Publishing;

/// <summary>
/// What the next part of a digest may hold: part <see cref="Part"/> (0 is the first, with the heading), starting at
/// position <see cref="Offset"/> of the planned article list, with the <see cref="Articles"/> not yet posted, in order.
/// </summary>
public sealed record DigestSlice(int Part, int Offset, IReadOnlyList<Article> Articles);
