using System.CommandLine;
using Airspace.Core.Commands;
using Airspace.Core.Sources;
using Airspace.Feeds.Http;
using Airspace.Feeds.Sources;

namespace Airspace.Host.Cli;

/// <summary>
/// <c>airspace sources add|list|remove|poll|backfill|import|export</c>: stored sources (configured ones live in
/// <c>Airspace:Sources</c>), polling one now, and the explicit backfill that archives older items without posting them.
/// </summary>
public static class SourcesVerb
{
    public static Command Create()
    {
        var command = new Command("sources", "Feeds and sites Airspace polls (RSS/Atom/JSON feeds and WordPress sites): list, add or remove them, poll or backfill one, import or export OPML.").WithExample("airspace sources list");
        command.Subcommands.Add(List());
        command.Subcommands.Add(Add());
        command.Subcommands.Add(Remove());
        command.Subcommands.Add(Poll());
        command.Subcommands.Add(Backfill());
        command.Subcommands.Add(SourcesOpmlVerbs.Import());
        command.Subcommands.Add(SourcesOpmlVerbs.Export());
        return command;
    }

    private static Command List()
    {
        var command = new Command("list", "List every source with its health (configured and stored).").WithExample("airspace sources list");
        command.SetAction((parse, ct) => CliServices.GuardAsync(async () =>
        {
            await using var services = CliServices.Build(parse);
            var all = await services.GetRequiredService<SourceCatalog>().ListAsync(ct).ConfigureAwait(false);
            Console.Out.WriteLine(all.Count == 0
                ? "No sources. Add one with `airspace sources add NAME URL` or under Airspace:Sources."
                : string.Join('\n', all.Select(s => $"{SourcesCommand.Describe(s)}\n    {SafeUrl.Redact(s.Definition.Url)} ({(s.Definition.Stored ? "stored" : "configured")}{(s.Definition.Folder is { } f ? ", folder " + f : "")}{(s.Definition.Categories.Count > 0 ? ", only " + string.Join(", ", s.Definition.Categories) : "")}{(s.Definition.Local ? ", local" : "")})")));
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command Add()
    {
        var name = new Argument<string>("name") { Description = "A short unique name (case-insensitive); also the source shown on its articles" };
        var url = new Argument<string>("url") { Description = "The site's home page (its feed is found), a feed URL, or a WordPress /wp-json/wp/v2/posts endpoint" };
        var kind = new Option<string>("--kind") { Description = "Feed (RSS, Atom, JSON Feed) or WordPress; default: found from the URL" };
        var interval = new Option<string>("--interval") { Description = "Time between polls: 00:05:00, 5m, 30s, 2h or 1h30m (default Airspace:Feeds:DefaultInterval)" };
        var categories = new Option<string[]>("--category") { Description = "Only ingest items in this category (repeatable)", AllowMultipleArgumentsPerToken = true };
        var folder = new Option<string>("--folder") { Description = "File it under this folder (\"News/Indonesia\"; a label, kept in OPML export)" };
        var local = new Option<bool>("--local") { Description = "Allow a loopback or private-network URL (refused by default)" };
        var noCheck = new Option<bool>("--no-check") { Description = "Save the URL as given, without fetching it (no feed discovery)" };
        var replace = new Option<bool>("--replace") { Description = "Replace the stored source of the same name (refused otherwise)" };
        var command = new Command("add", "Add a stored source, finding the feed of a home page and checking it once. The running bot picks it up within Airspace:Feeds:SchedulerTick.").WithExample("airspace sources add review https://airspace-review.com/");
        command.Arguments.Add(name);
        command.Arguments.Add(url);
        command.Options.Add(kind);
        command.Options.Add(interval);
        command.Options.Add(categories);
        command.Options.Add(folder);
        command.Options.Add(local);
        command.Options.Add(noCheck);
        command.Options.Add(replace);
        command.SetAction((parse, ct) => CliServices.GuardAsync(async () =>
        {
            TimeSpan? every = null;
            if (parse.GetValue(interval) is { } text)
            {
                if (!DurationParser.TryParse(text, out var parsed))
                {
                    return await FailAsync($"--interval must be {DurationParser.ExpectedForm}.").ConfigureAwait(false);
                }

                every = parsed;
            }

            await using var services = CliServices.Build(parse);
            var allowLocal = parse.GetValue(local);
            var result = await services.GetRequiredService<ISourceAdmin>().AddAsync(new SourceAddRequest
            {
                Name = parse.GetValue(name) ?? "",
                Url = parse.GetValue(url) ?? "",
                Kind = parse.GetValue(kind),
                Interval = every,
                Categories = [.. parse.GetValue(categories) ?? []],
                Folder = parse.GetValue(folder),
                Local = allowLocal,
                Check = !parse.GetValue(noCheck),
                Replace = parse.GetValue(replace),
            }, ct).ConfigureAwait(false);
            if (!result.Added)
            {
                return await FailAsync(result.Failure switch
                {
                    SourceAddFailure.Invalid => result.Detail!.Replace("Kind must", "--kind must", StringComparison.Ordinal),
                    SourceAddFailure.ConfiguredName => $"'{result.Detail}' is a configured source (Airspace:Sources); choose another name.",
                    SourceAddFailure.NameTaken => $"a source named '{result.Detail}' already exists (names are case-insensitive); add --replace to replace it, or choose another name.",
                    SourceAddFailure.RefusedAddress => allowLocal
                        ? $"{result.DisplayUrl} is {result.Detail} address, which is never fetched, not even with --local."
                        : $"{result.DisplayUrl} is {result.Detail} address; {AddressCheck.LocalHint}.",
                    _ => Sentence(result.Detail!) + " Nothing was saved (--no-check saves it unchecked).",
                }).ConfigureAwait(false);
            }

            if (result.Found is { } found)
            {
                Console.Out.WriteLine(found);
            }

            Console.Out.WriteLine(result.Confirmation);
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static string Sentence(string text) => text.EndsWith('.') ? text : text + ".";

    private static Command Remove()
    {
        var name = new Argument<string>("name") { Description = "The stored source's name" };
        var command = new Command("remove", "Remove a stored source (its articles stay in the archive).").WithExample("airspace sources remove review");
        command.Arguments.Add(name);
        command.SetAction((parse, ct) => CliServices.GuardAsync(async () =>
        {
            await using var services = CliServices.Build(parse);
            var value = parse.GetValue(name) ?? "";
            var outcome = await services.GetRequiredService<ISourceAdmin>().RemoveAsync(value, ct).ConfigureAwait(false);
            if (outcome == SourceRemoveOutcome.Configured)
            {
                return await FailAsync($"'{value}' is configured in Airspace:Sources; remove it from the configuration instead.").ConfigureAwait(false);
            }

            Console.Out.WriteLine(outcome == SourceRemoveOutcome.Removed ? $"Removed {value}." : $"There is no stored source named '{value}'.");
            return outcome == SourceRemoveOutcome.Removed ? ExitCodes.Ok : ExitCodes.InputError;
        }));
        return command;
    }

    private static Command Poll()
    {
        var name = new Argument<string>("name") { Description = "The source's name" };
        var command = new Command("poll", "Poll one source now (new items are posted by the running bot, as with a scheduled poll).").WithExample("airspace sources poll review");
        command.Arguments.Add(name);
        command.SetAction((parse, ct) => CliServices.GuardAsync(async () =>
        {
            await using var services = CliServices.Build(parse);
            var polled = await services.GetRequiredService<ISourceAdmin>().PollNowAsync(parse.GetValue(name) ?? "", ct).ConfigureAwait(false);
            if (polled is null)
            {
                return await NoSuchSourceAsync(parse.GetValue(name)).ConfigureAwait(false);
            }

            if (polled.Error is not null)
            {
                return await FailAsync(polled.Error).ConfigureAwait(false);
            }

            Console.Out.WriteLine(polled.Describe());
            await IndexCatchUp.TryAsync(services, ct).ConfigureAwait(false);
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command Backfill()
    {
        var name = new Argument<string>("name") { Description = "The source's name" };
        var pages = new Option<int>("--pages") { Description = "WordPress: how many pages to read, Airspace:Feeds:WordPressPageSize posts each (default 20 posts, 1 page); feeds have one page", DefaultValueFactory = _ => 1 };
        var command = new Command("backfill", "Archive a source's older items (searchable, not posted): WordPress pages by date, or the whole feed.").WithExample("airspace sources backfill review --pages 5");
        command.Arguments.Add(name);
        command.Options.Add(pages);
        command.SetAction((parse, ct) => CliServices.GuardAsync(async () =>
        {
            var count = parse.GetValue(pages);
            if (count is < 1 or > 1000)
            {
                return await FailAsync("--pages must be between 1 and 1000.").ConfigureAwait(false);
            }

            await using var services = CliServices.Build(parse);
            if (await FindAsync(services, parse.GetValue(name), ct).ConfigureAwait(false) is not { } source)
            {
                return ExitCodes.InputError;
            }

            var stats = await services.GetRequiredService<SourcePoller>().BackfillAsync(source, count, ct).ConfigureAwait(false);
            Console.Out.WriteLine($"{source.Name}: archived {Plural.Count(stats.QuietItems, "article")} without alerting ({stats.ChangedItems} updated) from {Plural.Count(stats.Requests, "request")}.");
            await IndexCatchUp.TryAsync(services, ct).ConfigureAwait(false);
            return stats.Error is null ? ExitCodes.Ok : await FailAsync(stats.Error).ConfigureAwait(false);
        }));
        return command;
    }

    private static async Task<SourceDefinition?> FindAsync(IServiceProvider services, string? name, CancellationToken ct)
    {
        var source = await services.GetRequiredService<SourceCatalog>().FindAsync(name ?? "", ct).ConfigureAwait(false);
        if (source is null)
        {
            await NoSuchSourceAsync(name).ConfigureAwait(false);
        }

        return source;
    }

    private static async Task<int> NoSuchSourceAsync(string? name)
    {
        await Console.Error.WriteLineAsync($"error: there is no source named '{name}'; see `airspace sources list`.").ConfigureAwait(false);
        return ExitCodes.InputError;
    }

    internal static async Task<int> FailAsync(string message)
    {
        await Console.Error.WriteLineAsync("error: " + message).ConfigureAwait(false);
        return ExitCodes.InputError;
    }
}
