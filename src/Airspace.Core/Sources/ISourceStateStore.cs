namespace Airspace.Core.Sources;

/// <summary>Polling state per source, the items each source has delivered, and the notices sent about it.</summary>
public interface ISourceStateStore
{
    /// <summary>The saved state, or a fresh <see cref="SourceHealth.New"/> one.</summary>
    Task<SourceState> GetAsync(string source, CancellationToken ct);

    Task<IReadOnlyList<SourceState>> ListAsync(CancellationToken ct);

    Task SaveAsync(SourceState state, CancellationToken ct);

    /// <summary>The items of <paramref name="source"/> among <paramref name="itemIds"/> that were ingested before.</summary>
    Task<IReadOnlyDictionary<string, SourceItem>> GetItemsAsync(string source, IReadOnlyCollection<string> itemIds, CancellationToken ct);

    /// <summary>Records (or updates) an ingested item.</summary>
    Task RecordItemAsync(SourceItem item, DateTimeOffset seenAt, CancellationToken ct);

    /// <summary>
    /// Claims the notice about <paramref name="source"/>'s failure episode <paramref name="episode"/> for
    /// <paramref name="address"/>: true the first time only, so each channel gets one notice per episode.
    /// </summary>
    Task<bool> TryClaimNoticeAsync(string source, DateTimeOffset episode, string address, CancellationToken ct);

    /// <summary>Releases a claim whose notice could not be sent, so a later poll tries again.</summary>
    Task ReleaseNoticeAsync(string source, DateTimeOffset episode, string address, CancellationToken ct);
}
