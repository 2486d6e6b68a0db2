using Airspace.Core.Search;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Airspace.Host.Http;

/// <summary>The search index opens and counts its documents. Registered as not required (Degraded): alerts flow without it.</summary>
internal sealed class SearchIndexHealthCheck(ISearchIndex index) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var count = await index.CountAsync(cancellationToken).ConfigureAwait(false);
            return HealthCheckResult.Healthy($"{Plural.Count(count, "article")} indexed");
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return new HealthCheckResult(context.Registration.FailureStatus, $"the search index does not open ({ex.GetType().Name})");
        }
    }
}
