using System.CommandLine;
using Airspace.Core.Articles;

namespace Airspace.Host.Cli;

/// <summary><c>airspace demo remove</c>: deletes the demo articles a first run seeded (see <see cref="IDemoMode"/>).</summary>
public static class DemoVerb
{
    public static Command Create()
    {
        var remove = new Command("remove", "Delete the demo articles (the bundled samples a first run imports) from the store and from every search index.").WithExample("airspace demo remove");
        remove.SetAction((parse, ct) => CliServices.GuardAsync(async () =>
        {
            await using var services = CliServices.Build(parse);
            var removed = await services.GetRequiredService<IArticleStore>().RemoveDemoAsync(ct).ConfigureAwait(false);

            // A running bot's indexer follows the Deleted events itself; otherwise the index is brought up to date here.
            await IndexCatchUp.TryAsync(services, ct).ConfigureAwait(false);
            Console.Out.WriteLine(removed == 0 ? "There are no demo articles." : $"Removed {removed} demo article{(removed == 1 ? "" : "s")}.");
            return ExitCodes.Ok;
        }));

        var command = new Command("demo", "The demo articles (the bundled samples a first run imports when no platform and no source is configured): remove them.").WithExample("airspace demo remove");
        command.Subcommands.Add(remove);
        return command;
    }
}
