using System.CommandLine;

namespace Airspace.Host.Cli;

public static class SearchVerb
{
    public static Command Create()
    {
        var query = new Argument<string[]>("query") { Description = "What to search for: words, \"quoted phrases\", F-16 …", Arity = ArgumentArity.OneOrMore };
        var page = new Option<int>("--page") { Description = "Result page (5 results a page)", DefaultValueFactory = _ => 1 };
        var command = new Command("search", "Search the archive (same as /search).");
        command.Arguments.Add(query);
        command.Options.Add(page);
        command.SetAction((parse, ct) => CliServices.GuardAsync(async () =>
        {
            await using var services = CliServices.Build(parse);
            var text = string.Join(' ', parse.GetValue(query) ?? []);
            return await ChatVerb.RunAsync(services, "search " + text, parse.GetValue(page), ct).ConfigureAwait(false);
        }));
        return command;
    }
}
