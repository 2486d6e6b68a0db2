namespace Airspace.Search.Querying;

/// <summary>
/// Restrictions typed into a query: <c>source:</c> and <c>category:</c> (any of the values of one kind), and the
/// published range, <c>after:</c> inclusive and <c>before:</c> exclusive, as UTC instants.
/// </summary>
internal sealed record SearchFilters(
    IReadOnlyList<string> Sources,
    IReadOnlyList<string> Categories,
    DateTimeOffset? After,
    DateTimeOffset? Before)
{
    public static SearchFilters None { get; } = new([], [], null, null);

    public bool IsEmpty => Sources.Count == 0 && Categories.Count == 0 && After is null && Before is null;
}
