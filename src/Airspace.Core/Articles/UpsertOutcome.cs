namespace Airspace.Core.Articles;

public enum UpsertKind
{
    /// <summary>A new article: the store appended a Created event.</summary>
    Inserted,
    /// <summary>An existing article changed: the store updated it and appended an Updated event.</summary>
    Updated,
    /// <summary>A duplicate of what the store already holds: nothing written.</summary>
    Unchanged,
}

public readonly record struct UpsertOutcome(UpsertKind Kind, ArticleId Id);
