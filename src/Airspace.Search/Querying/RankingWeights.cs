namespace Airspace.Search.Querying;

/// <summary>
/// The knobs of short-query ranking (see <see cref="SearchQueryCompiler"/>). <see cref="Default"/> was chosen on half A
/// of the benchmark's known-item queries and checked on half B (<c>bench … ranking</c>, BENCHMARKS.md).
/// </summary>
internal sealed record RankingWeights
{
    public static RankingWeights Default { get; } = new();

    /// <summary>The ranking before exact-form, all-words, proximity and recency preferences (for before/after figures).</summary>
    public static RankingWeights Legacy { get; } = new()
    {
        ExactBoost = 1f, TitleBoost = 3f, TieBreaker = 1f, AllExactBoost = 0f, ProximityBoost = 0f, LeadBoost = 0f, RecencyWeight = 0f,
        AllWordsFirst = false,
    };

    /// <summary>Multiplies a word's unstemmed (as typed) matches, so an exact form outscores a stemmed-only one.</summary>
    public float ExactBoost { get; init; } = 3f;

    /// <summary>Multiplies title matches.</summary>
    public float TitleBoost { get; init; } = 2f;

    /// <summary>
    /// A word's fields (exact / stemmed × title / body) are a disjunction: the best match counts fully, the others by
    /// this fraction (1 is a plain sum).
    /// </summary>
    public float TieBreaker { get; init; } = 0.1f;

    /// <summary>
    /// Boost of a clause that matches only when every word is present as typed (0: no clause). Off: the phrase of the
    /// query as typed (<see cref="ProximityBoost"/>) already wants every word as typed, and half A scored higher without it.
    /// </summary>
    public float AllExactBoost { get; init; }

    /// <summary>
    /// Boost of a sloppy phrase of the query as typed — every word in order, stop words included, since people type
    /// them and an article that has "menteri dalam negeri" has them too — over the unstemmed body (0: no clause).
    /// </summary>
    public float ProximityBoost { get; init; } = 8f;

    /// <summary>How far apart (in positions) the words may be for the proximity clause.</summary>
    public int ProximitySlop { get; init; } = 2;

    /// <summary>
    /// Boost of the same phrase (the query as typed, in order, within <see cref="ProximitySlop"/>) when it lies in the
    /// first <see cref="LeadPositions"/> words of the body (0: no clause): news says what it is about in its first
    /// sentence. Needs two or more words.
    /// </summary>
    public float LeadBoost { get; init; } = 16f;

    /// <summary>How many words of the body count as its lead.</summary>
    public int LeadPositions { get; init; } = 10;

    /// <summary>At most this fraction is added to the score of the newest articles; it only reorders near ties.</summary>
    public float RecencyWeight { get; init; } = 0.02f;

    /// <summary>
    /// How many of the best hits of the word groups the all-words, proximity, lead and recency preferences rescore
    /// (<see cref="PreferenceRescorer"/>); the rest keep their order after them.
    /// </summary>
    public int RescoreWindow { get; init; } = 100;

    /// <summary>
    /// Whether the first pass looks among the articles with every word first (<see cref="WordGroupsPass"/>): the same
    /// hits, far cheaper for queries with common words. Off only to measure what it saves.
    /// </summary>
    public bool AllWordsFirst { get; init; } = true;

    /// <summary>BM25's term-frequency saturation (Lucene's default 1.2).</summary>
    public float Bm25K1 { get; init; } = 1.2f;

    /// <summary>BM25's length normalisation (Lucene's default 0.75; 0 ignores the field's length).</summary>
    public float Bm25B { get; init; } = 0.75f;

    /// <summary>An article this much older than the newest one gets half the recency bonus.</summary>
    public TimeSpan RecencyHalfLife { get; init; } = TimeSpan.FromDays(30);
}
