using Microsoft.Extensions.Hosting;

namespace Airspace.Discord.Transport.Gateway;

internal sealed class GatewayWorker(GatewayClient client) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => client.RunAsync(stoppingToken);
}
