namespace Airspace.Core.Commands;

/// <summary>Where a paged reply is (1-based page of <see cref="PageCount"/>) and how to ask for another page.</summary>
public sealed record ReplyPaging(string Command, string Query, int Page, int PageCount)
{
    public bool HasPrevious => Page > 1;
    public bool HasNext => Page < PageCount;
}
