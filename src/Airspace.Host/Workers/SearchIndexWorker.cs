using Airspace.Core.Search;
using Microsoft.Extensions.Hosting;

namespace Airspace.Host.Workers;

internal sealed class SearchIndexWorker(SearchIndexer indexer) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => indexer.RunAsync(stoppingToken);
}
