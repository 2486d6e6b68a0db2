using Airspace.Core.Localization;
using Airspace.Core.Sources;

namespace Airspace.Feeds.Sources;

/// <summary>
/// <see cref="ISourceAdmin"/> on the feeds code: validation as for <c>Airspace:Sources</c>, the name clash rules, the
/// SSRF address check at add time, <see cref="FeedDiscovery"/>, the store, and the poller (one source now, or the
/// running <see cref="SourcePollLoop"/> woken with every source due).
/// </summary>
public sealed class SourceAdmin(
    SourceCatalog catalog,
    ISourceStore store,
    FeedDiscovery discovery,
    SourcePoller poller,
    SourcePollLoop loop,
    IOptions<FeedsOptions> feeds) : ISourceAdmin
{
    public async Task<SourceAddResult> AddAsync(SourceAddRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var options = new SourceOptions
        {
            Name = request.Name,
            Url = request.Url,
            Kind = request.Kind,
            Interval = request.Interval,
            Categories = [.. request.Categories],
            Folder = request.Folder,
            Local = request.Local,
        };
        if (options.Validate("source") is { } error)
        {
            return SourceAddResult.Fail(SourceAddFailure.Invalid, error.Replace("source:", "", StringComparison.Ordinal));
        }

        var wanted = options.Name!.Trim();
        if (catalog.Configured.FirstOrDefault(s => string.Equals(s.Name, wanted, StringComparison.OrdinalIgnoreCase)) is { } configured)
        {
            return SourceAddResult.Fail(SourceAddFailure.ConfiguredName, configured.Name);
        }

        if (!request.Replace
            && (await store.ListAsync(ct).ConfigureAwait(false)).FirstOrDefault(s => string.Equals(s.Name, wanted, StringComparison.OrdinalIgnoreCase)) is { } clash)
        {
            return SourceAddResult.Fail(SourceAddFailure.NameTaken, clash.Name);
        }

        var definition = options.ToDefinition(feeds.Value.DefaultInterval) with { Stored = true };
        if (await AddressCheck.RefusalAsync(definition.Url, definition.Local, ct).ConfigureAwait(false) is { } refusal)
        {
            return SourceAddResult.Fail(SourceAddFailure.RefusedAddress, refusal, SafeUrl.Redact(definition.Url));
        }

        string? description = null;
        if (request.Check)
        {
            var found = await discovery.DiscoverAsync(definition.Url, string.IsNullOrWhiteSpace(request.Kind) ? null : definition.Kind, definition.Local, ct).ConfigureAwait(false);
            if (!found.Found)
            {
                return SourceAddResult.Fail(SourceAddFailure.NotFound, found.Error!, SafeUrl.Redact(definition.Url));
            }

            description = found.Description;
            var pasted = definition.Url;
            definition = definition with { Kind = found.Kind, Url = found.Url! };
            // --local grants the host the user named, never another one the page pointed to.
            if (definition.Local && !string.Equals(pasted.IdnHost, definition.Url.IdnHost, StringComparison.OrdinalIgnoreCase))
            {
                if (await AddressCheck.RefusalAsync(definition.Url, local: false, ct).ConfigureAwait(false) is { } elsewhere)
                {
                    return SourceAddResult.Fail(SourceAddFailure.RefusedAddress, elsewhere, SafeUrl.Redact(definition.Url));
                }

                definition = definition with { Local = false };
            }
        }

        await store.AddAsync(definition, ct).ConfigureAwait(false);
        // A running poller in this process polls it now rather than at its next scheduler tick.
        loop.Wake.Notify();
        var shown = SafeUrl.Redact(definition.Url);
        return new SourceAddResult
        {
            Source = definition,
            DisplayUrl = shown,
            Found = description,
            Confirmation = ChatText.Format("sources.added", definition.Name, definition.Kind, shown),
        };
    }

    public async Task<SourceRemoveOutcome> RemoveAsync(string name, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (catalog.Configured.Any(s => string.Equals(s.Name, name.Trim(), StringComparison.OrdinalIgnoreCase)))
        {
            return SourceRemoveOutcome.Configured;
        }

        return await store.RemoveAsync(name, ct).ConfigureAwait(false) ? SourceRemoveOutcome.Removed : SourceRemoveOutcome.NotFound;
    }

    public async Task<SourcePollResult?> PollNowAsync(string name, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (await catalog.FindAsync(name, ct).ConfigureAwait(false) is not { } source)
        {
            return null;
        }

        var stats = await poller.PollAsync(source, ct).ConfigureAwait(false);
        return new SourcePollResult
        {
            Name = source.Name,
            NewItems = stats.NewItems,
            ChangedItems = stats.ChangedItems,
            QuietItems = stats.QuietItems,
            NotModified = stats.NotModified,
            Error = stats.Error,
        };
    }

    public async Task<int> PollAllSoonAsync(CancellationToken ct)
    {
        var count = (await catalog.DefinitionsAsync(ct).ConfigureAwait(false)).Count;
        loop.PollAllNow();
        return count;
    }
}
