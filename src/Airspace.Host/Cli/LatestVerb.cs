using System.CommandLine;
using System.Globalization;
using Airspace.Core.Commands;

namespace Airspace.Host.Cli;

public static class LatestVerb
{
    public static Command Create()
    {
        var count = new Option<int>("-n", "--count") { Description = $"How many (1–{LatestCommand.MaxCount})", DefaultValueFactory = _ => LatestCommand.DefaultCount };
        var command = new Command("latest", "Show the newest articles with their summaries (same as /latest).");
        command.Options.Add(count);
        command.SetAction((parse, ct) => CliServices.GuardAsync(async () =>
        {
            await using var services = CliServices.Build(parse);
            return await ChatVerb.RunAsync(services, "latest " + parse.GetValue(count).ToString(CultureInfo.InvariantCulture), 1, ct).ConfigureAwait(false);
        }));
        return command;
    }
}
