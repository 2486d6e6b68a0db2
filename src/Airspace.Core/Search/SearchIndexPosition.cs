namespace Airspace.Core.Search;

/// <summary>
/// How far a search index follows the store's change log (<see cref="Sequence"/>) and the index schema it was built
/// with. Kept in the index itself, not in the store: each replica has its own index, and a deleted or new index
/// folder has no position, so it is built from the store.
/// </summary>
public sealed record SearchIndexPosition(long Sequence, int Schema)
{
    /// <summary>
    /// Set while the index is being built from the store: how many articles the build will hold (the index holds part
    /// of them, and <see cref="Sequence"/> is not valid yet). Another process reading the index (the CLI beside the
    /// bot) tells its users so.
    /// </summary>
    public long? BuildingTotal { get; init; }
}
