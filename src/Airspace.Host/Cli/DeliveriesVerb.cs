using System.CommandLine;
using Airspace.Core.Publishing;
using Microsoft.Extensions.DependencyInjection;

namespace Airspace.Host.Cli;

public static class DeliveriesVerb
{
    public static Command Create()
    {
        var failed = new Command("failed", "List deliveries that failed for good, with the reason.");
        failed.SetAction((parse, ct) => CliServices.GuardAsync(async () =>
        {
            await using var services = CliServices.Build(parse);
            var list = await services.GetRequiredService<IDeliveryStore>().ListAsync(DeliveryStatus.Failed, 100, ct).ConfigureAwait(false);
            Console.Out.WriteLine(list.Count == 0
                ? "No failed deliveries."
                : string.Join('\n', list.Select(d => $"#{d.Id} article {d.ArticleId} → {d.Address} ({d.Kind}, {d.Attempts} attempts): {d.LastError}")));
            return ExitCodes.Ok;
        }));
        var retry = new Command("retry", "Queue every failed delivery again (the running bot sends them).");
        retry.SetAction((parse, ct) => CliServices.GuardAsync(async () =>
        {
            await using var services = CliServices.Build(parse);
            var count = await services.GetRequiredService<IDeliveryStore>().RetryFailedAsync(services.GetRequiredService<TimeProvider>().GetUtcNow(), ct).ConfigureAwait(false);
            Console.Out.WriteLine($"Queued {count} deliveries again.");
            return ExitCodes.Ok;
        }));
        var command = new Command("deliveries", "Outbox operations.");
        command.Subcommands.Add(failed);
        command.Subcommands.Add(retry);
        return command;
    }
}
