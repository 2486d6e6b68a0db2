using Microsoft.Extensions.Hosting;

namespace Airspace.Host.Workers;

/// <summary>Seeds an empty store before the other loops start (hosted services start in registration order).</summary>
internal sealed class SeedWorker(SampleSeeder seeder) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            await seeder.SeedAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Ctrl+C during the first run: the seed is idempotent and resumes at the next start. Thrown from here, the
            // host would log the cancellation as "Hosting failed to start" with a stack trace.
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
