namespace Airspace.Core.Commands;

/// <summary>
/// The platform-neutral paging state of a reply: which command and query (the page key), the 1-based page of
/// <see cref="PageCount"/>, the page size and the total. Adapters only encode it on their buttons (Telegram
/// callback_data, Discord custom_id) and ask the router for <see cref="Request"/> when one is pressed.
/// </summary>
public sealed record ReplyPaging(string Command, string Query, int Page, int PageCount)
{
    /// <summary>Results a chat page holds.</summary>
    public const int ChatPageSize = 5;

    /// <summary>The name of the paged command's query parameter and of its page parameter.</summary>
    public const string QueryParameter = "query";

    public const string PageParameter = "page";

    public int PageSize { get; init; } = ChatPageSize;

    public int Total { get; init; }

    public bool HasPrevious => Page > 1;

    public bool HasNext => Page < PageCount;

    /// <summary>The number of this page's first item (1 on page 1, 6 on page 2 of five a page).</summary>
    public int FirstNumber => ((Page - 1) * PageSize) + 1;

    /// <summary>The named values that ask the router for <paramref name="page"/> of <paramref name="query"/>.</summary>
    public static IReadOnlyDictionary<string, object?> Request(string query, int page) =>
        new Dictionary<string, object?> { [QueryParameter] = query, [PageParameter] = page };
}
