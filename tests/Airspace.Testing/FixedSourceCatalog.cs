using Airspace.Core.Sources;

namespace Airspace.Testing;

/// <summary>A source catalog of feeds by name (for the planner and the subscription commands), without the Feeds project.</summary>
public sealed class FixedSourceCatalog(params string[] names) : ISourceCatalog
{
    public Task<IReadOnlyList<SourceStatus>> ListAsync(CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<SourceStatus>>([.. names.Select(n => new SourceStatus(
            new SourceDefinition { Name = n, Kind = SourceKind.Feed, Url = new Uri($"https://{n}.example.test/feed"), Interval = TimeSpan.FromMinutes(5) },
            new SourceState { Name = n }))]);
}
