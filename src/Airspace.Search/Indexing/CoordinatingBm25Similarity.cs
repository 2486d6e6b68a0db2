using Lucene.Net.Search.Similarities;

namespace Airspace.Search.Indexing;

/// <summary>
/// BM25 with a steep "coord" factor: a query's top-level clauses are its word groups, and a hit's score is multiplied
/// by <see cref="Base"/>^(matched − total), so hits are ordered first by how many of the query's parts they contain
/// and then by BM25 (BM25 itself has no coord). A hit with fewer parts can only outrank one with more when its BM25
/// is over <see cref="Base"/> times higher, which the saturation of BM25 makes practically impossible.
/// This replaced a constant-score copy of every group: the same order for half the postings work.
/// </summary>
internal sealed class CoordinatingBm25Similarity(float k1 = 1.2f, float b = 0.75f) : BM25Similarity(k1, b)
{
    public const float Base = 1000f;

    public override float Coord(int overlap, int maxOverlap) =>
        overlap <= 0 ? 0f : MathF.Pow(Base, overlap - maxOverlap);
}
