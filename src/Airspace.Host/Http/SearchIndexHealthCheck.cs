using Airspace.Core.Search;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Airspace.Host.Http;

/// <summary>
/// The search index opens and counts its documents; while it is being built from the store it says how far (searches
/// answer from what is indexed so far, and say so). Registered as not required (Degraded): alerts flow without it.
/// </summary>
internal sealed class SearchIndexHealthCheck(ISearchIndex index, SearchIndexBuild build) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var count = await index.CountAsync(cancellationToken).ConfigureAwait(false);
            if (build.IsBuilding)
            {
                var (indexed, total) = build.Progress;
                return HealthCheckResult.Healthy(
                    $"being built from the store: {indexed} of {Plural.Count(total, "article")} indexed",
                    data: new Dictionary<string, object> { ["indexed"] = indexed, ["total"] = total });
            }

            return HealthCheckResult.Healthy($"{Plural.Count(count, "article")} indexed");
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return new HealthCheckResult(context.Registration.FailureStatus, $"the search index does not open ({ex.GetType().Name})");
        }
    }
}
