using System.CommandLine;
using System.Globalization;
using Airspace.Core.Publishing;

namespace Airspace.Host.Cli;

public static class DeliveriesVerb
{
    /// <summary>How many rows <c>failed</c> and <c>pending</c> print; the count of the rest is given.</summary>
    private const int MaxListed = 100;

    public static Command Create()
    {
        var failed = new Command("failed", "List deliveries that failed for good, with the reason.").WithExample("airspace deliveries failed");
        failed.SetAction((parse, ct) => ListAsync(parse, DeliveryStatus.Failed, ct));
        var pending = new Command("pending", "List deliveries waiting to be sent: when each is due and why it waits (its last error).").WithExample("airspace deliveries pending");
        pending.SetAction((parse, ct) => ListAsync(parse, DeliveryStatus.Pending, ct));
        var retry = new Command("retry", "Queue every failed delivery again (the running bot sends them).").WithExample("airspace deliveries retry");
        retry.SetAction((parse, ct) => CliServices.GuardAsync(async () =>
        {
            await using var services = CliServices.Build(parse);
            var count = await services.GetRequiredService<IDeliveryStore>().RetryFailedAsync(services.GetRequiredService<TimeProvider>().GetUtcNow(), ct).ConfigureAwait(false);
            Console.Out.WriteLine($"Queued {Plural.Count(count, "delivery", "deliveries")} again.");
            return ExitCodes.Ok;
        }));
        var command = new Command("deliveries", "Alerts that failed or wait to be sent: list them, or queue the failed ones again.").WithExample("airspace deliveries pending");
        command.Subcommands.Add(pending);
        command.Subcommands.Add(failed);
        command.Subcommands.Add(retry);
        return command;
    }

    private static Task<int> ListAsync(ParseResult parse, DeliveryStatus status, CancellationToken ct) => CliServices.GuardAsync(async () =>
    {
        await using var services = CliServices.Build(parse);
        var list = await services.GetRequiredService<IDeliveryStore>().ListAsync(status, MaxListed + 1, ct).ConfigureAwait(false);
        if (list.Count == 0)
        {
            Console.Out.WriteLine(status == DeliveryStatus.Failed ? "No failed deliveries." : "No pending deliveries.");
            return ExitCodes.Ok;
        }

        var lines = list.Take(MaxListed).Select(d => status == DeliveryStatus.Failed ? Failed(d) : Pending(d, services)).ToList();
        if (list.Count > MaxListed)
        {
            lines.Add($"(only the newest {MaxListed} are shown)");
        }

        Console.Out.WriteLine(string.Join('\n', lines));
        return ExitCodes.Ok;
    });

    private static string Failed(Delivery d) =>
        $"#{d.Id} article {d.ArticleId} → {d.Address} ({d.Kind}, {Plural.Count(d.Attempts, "attempt")}): {d.LastError}";

    private static string Pending(Delivery d, IServiceProvider services)
    {
        var why = d.LastError ?? "not tried yet";
        if (PlatformSettings.Missing(d.Address, services) is { } setting)
        {
            why += $" (set {setting})";
        }

        var due = d.DueAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture);
        return $"#{d.Id} article {d.ArticleId} → {d.Address} ({d.Kind}, {Plural.Count(d.Attempts, "attempt")}), due {due}: {why}";
    }
}
