using Airspace.Core.Subscriptions;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Hosting;

namespace Airspace.Host.Composition;

/// <summary>
/// The bot's host with the operator's start-up around it: the platforms' token checks run before any loop starts
/// (a refusal is one sentence, not a "Hosting failed" trace), and only once everything is up does it say where it
/// listens, which subscriptions cannot be served here, and that it is running.
/// </summary>
internal sealed class AirspaceHost(IHost inner, string dataDirectory) : IHost, IAsyncDisposable
{
    public IServiceProvider Services => inner.Services;

    public async Task StartAsync(CancellationToken cancellationToken = default)
    {
        foreach (var check in Services.GetServices<IPlatformStartupCheck>())
        {
            await check.CheckAsync(cancellationToken).ConfigureAwait(false);
        }

        await inner.StartAsync(cancellationToken).ConfigureAwait(false);

        // Stopped while starting (Ctrl+C during the first run's seeding): not "running"; the caller exits cleanly.
        cancellationToken.ThrowIfCancellationRequested();
        var logger = Services.GetRequiredService<ILoggerFactory>().CreateLogger("Airspace");
        if (Services.GetService<IServer>()?.Features.Get<IServerAddressesFeature>() is { Addresses.Count: > 0 } server)
        {
            HostLog.Listening(logger, string.Join(", ", server.Addresses));
        }

        if (Services.GetService<ManagementListeners>() is { Addresses.Count: > 0 } management)
        {
            HostLog.ManagementListening(logger, string.Join(", ", management.Addresses.Select(a => a.ToString().TrimEnd('/'))));
        }

        foreach (var warning in InsecureEndpoints.Warnings(Services))
        {
            HostLog.InsecureEndpoint(logger, warning);
        }

        await WarnUnservedSubscriptionsAsync(logger, cancellationToken).ConfigureAwait(false);
        HostLog.Running(logger, dataDirectory);
    }

    public Task StopAsync(CancellationToken cancellationToken = default) => inner.StopAsync(cancellationToken);

    public void Dispose() => inner.Dispose();

    public ValueTask DisposeAsync()
    {
        if (inner is IAsyncDisposable disposable)
        {
            return disposable.DisposeAsync();
        }

        inner.Dispose();
        return ValueTask.CompletedTask;
    }

    private async Task WarnUnservedSubscriptionsAsync(ILogger logger, CancellationToken ct)
    {
        var subscriptions = await Services.GetRequiredService<ISubscriptionStore>().ListAsync(ct).ConfigureAwait(false);
        foreach (var subscription in subscriptions.Where(s => s.Enabled))
        {
            if (PlatformSettings.Warning(subscription.Address, Services) is { } warning)
            {
                HostLog.SubscriptionNotServed(logger, warning);
            }
        }
    }
}
