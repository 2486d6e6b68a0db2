using Airspace.Core.Sources;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Airspace.Host.Http;

/// <summary>
/// Each source's health (new, healthy, unhealthy) in the entry's data; Degraded while any is unhealthy. Not required: a
/// failing site is the site's problem, and the bot keeps polling it, backed off. Errors are left out (they may name
/// hosts and paths, for operators only: <c>airspace sources list</c>).
/// </summary>
internal sealed class SourcesHealthCheck(ISourceCatalog catalog) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        IReadOnlyList<SourceStatus> sources;
        try
        {
            sources = await catalog.ListAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (StoreUnavailableException.IsIn(ex))
        {
            // The store's own entry is Unhealthy and says why; the sources are merely unknown meanwhile.
            return new HealthCheckResult(HealthStatus.Degraded, "unknown while the store is unavailable");
        }

        var data = sources.ToDictionary(s => s.Definition.Name, s => (object)s.State.Health.ToString(), StringComparer.Ordinal);
        var failing = sources.Count(s => s.State.Health == SourceHealth.Unhealthy);
        return failing == 0
            ? HealthCheckResult.Healthy($"{Plural.Count(sources.Count, "source")}, none failing", data)
            : new HealthCheckResult(HealthStatus.Degraded, $"{failing} of {Plural.Count(sources.Count, "source")} failing", data: data);
    }
}
