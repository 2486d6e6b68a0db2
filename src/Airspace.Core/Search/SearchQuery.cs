namespace Airspace.Core.Search;

/// <summary>A user's search: free text exactly as typed, plus paging.</summary>
public sealed record SearchQuery(string Text, int Skip = 0, int Take = 5)
{
    /// <summary>Also find demo articles (<see cref="Articles.Article.Demo"/>); only a demo run asks for them.</summary>
    public bool IncludeDemo { get; init; }
}
