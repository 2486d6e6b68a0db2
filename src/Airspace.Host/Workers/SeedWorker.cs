using Airspace.Host.Seeding;
using Microsoft.Extensions.Hosting;

namespace Airspace.Host.Workers;

/// <summary>Seeds an empty store before the other loops start (hosted services start in registration order).</summary>
internal sealed class SeedWorker(SampleSeeder seeder) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => seeder.SeedAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
