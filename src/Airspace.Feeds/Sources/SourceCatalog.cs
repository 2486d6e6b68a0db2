using Airspace.Core.Sources;

namespace Airspace.Feeds.Sources;

/// <summary>The sources to follow: configured ones (<c>Airspace:Sources</c>) and stored ones, configured winning a name clash.</summary>
public sealed class SourceCatalog(
    IOptions<SourcesOptions> sources,
    IOptions<FeedsOptions> feeds,
    ISourceStore store,
    ISourceStateStore states,
    ILogger<SourceCatalog> logger) : ISourceCatalog
{
    // The catalog is read every scheduler tick; a shadowed stored source is reported once, not every tick.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool> _shadowWarned = new(StringComparer.OrdinalIgnoreCase);

    public IReadOnlyList<SourceDefinition> Configured =>
        [.. sources.Value.Sources.Select(s => s.ToDefinition(feeds.Value.DefaultInterval))];

    public async Task<IReadOnlyList<SourceDefinition>> DefinitionsAsync(CancellationToken ct)
    {
        var configured = Configured;
        var names = new HashSet<string>(configured.Select(s => s.Name), StringComparer.OrdinalIgnoreCase);
        var all = configured.ToList();
        foreach (var stored in await store.ListAsync(ct).ConfigureAwait(false))
        {
            if (names.Add(stored.Name))
            {
                all.Add(stored);
            }
            else if (_shadowWarned.TryAdd(stored.Name, true))
            {
                FeedsLog.StoredSourceShadowed(logger, stored.Name);
            }
        }

        return all;
    }

    public async Task<SourceDefinition?> FindAsync(string name, CancellationToken ct) =>
        (await DefinitionsAsync(ct).ConfigureAwait(false)).FirstOrDefault(s => string.Equals(s.Name, name.Trim(), StringComparison.OrdinalIgnoreCase));

    public async Task<IReadOnlyList<SourceStatus>> ListAsync(CancellationToken ct)
    {
        var definitions = await DefinitionsAsync(ct).ConfigureAwait(false);
        var saved = (await states.ListAsync(ct).ConfigureAwait(false))
            .ToDictionary(s => s.Name, StringComparer.OrdinalIgnoreCase);
        return [.. definitions.Select(d => new SourceStatus(d, saved.TryGetValue(d.Name, out var state) ? state with { Name = d.Name } : new SourceState { Name = d.Name }))];
    }
}
