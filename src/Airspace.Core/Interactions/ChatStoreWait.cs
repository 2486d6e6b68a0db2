namespace Airspace.Core.Interactions;

/// <summary>
/// How long handling a chat request waits for one store call on its path (a seen id, a rate check, a paging key)
/// before going on without it: the platforms want an answer at once (Discord within 3 s), and a store that does not
/// answer — its write lock held by a long transaction, the database gone — must not cost that.
/// </summary>
public static class ChatStoreWait
{
    public static readonly TimeSpan Limit = TimeSpan.FromMilliseconds(500);
}
