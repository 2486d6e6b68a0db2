using System.CommandLine;
using Airspace.Core.Search;

namespace Airspace.Host.Cli;

public static class IndexVerb
{
    public static Command Create()
    {
        var rebuild = new Command("rebuild", "Drop the search index and rebuild it from the store (stop the bot first: it holds the index).").WithExample("airspace index rebuild");
        rebuild.SetAction((parse, ct) => CliServices.GuardAsync(async () =>
        {
            await using var services = CliServices.Build(parse);
            try
            {
                var count = await services.GetRequiredService<SearchIndexer>().RebuildAsync(ct).ConfigureAwait(false);
                Console.Out.WriteLine($"Indexed {Plural.Count(count, "article")}.");
                return ExitCodes.Ok;
            }
            catch (IOException ex)
            {
                await Console.Error.WriteLineAsync("error: " + ex.Message).ConfigureAwait(false);
                return ExitCodes.InputError;
            }
        }));
        var command = new Command("index", "The search index (derived from the store): rebuild it.").WithExample("airspace index rebuild");
        command.Subcommands.Add(rebuild);
        return command;
    }
}
