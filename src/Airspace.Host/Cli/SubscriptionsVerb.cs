using System.CommandLine;
using Airspace.Core.Commands;
using Airspace.Core.Schedules;
using Airspace.Core.Sources;
using Airspace.Core.Subscriptions;

namespace Airspace.Host.Cli;

public static class SubscriptionsVerb
{
    public static Command Create()
    {
        var command = new Command("subscriptions", "Which channels get alerts, of which sources and keywords: list, add or remove them (addresses: console, telegram:<chat id>, discord:<channel id>, discord-webhook:<name>).").WithExample("airspace subscriptions add console");
        command.Subcommands.Add(List());
        command.Subcommands.Add(Add());
        command.Subcommands.Add(Remove());
        return command;
    }

    private static Command List()
    {
        var command = new Command("list", "List every subscription, its sources when not every one, disabled ones and why.").WithExample("airspace subscriptions list");
        command.SetAction((parse, ct) => CliServices.GuardAsync(async () =>
        {
            await using var services = CliServices.Build(parse);
            var all = await services.GetRequiredService<ISubscriptionStore>().ListAsync(ct).ConfigureAwait(false);
            var sources = await SourceChoice.LoadAsync(services.GetRequiredService<ISourceCatalog>(), ct).ConfigureAwait(false);
            Console.Out.WriteLine(all.Count == 0 ? "No subscriptions." : string.Join('\n', all.Select(s => $"#{s.Id} {SubscriptionsCommand.Describe(s, sources)}")));
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command Add()
    {
        var address = AddressArgument();
        var keywords = new Option<string[]>("--keyword", "-k") { Description = "Only post articles mentioning one of these (repeatable)", AllowMultipleArgumentsPerToken = true };
        var source = new Option<string[]>("--source", "-s") { Description = "Only post articles from these sources (repeatable; a feed's name or inbox; default every source, including later ones)", AllowMultipleArgumentsPerToken = true };
        var backfill = new Option<int>("--backfill") { Description = "Also post the last N articles (default 0: only new ones)" };
        var digest = new Option<string?>("--digest") { Description = "One daily digest at this local time (HH:MM) instead of an alert per article; off to stop" };
        var quiet = new Option<string?>("--quiet") { Description = "Hold alerts during this local window (HH:MM-HH:MM, may cross midnight), sent when it ends; off to stop" };
        var timeZone = new Option<string?>("--time-zone") { Description = "IANA time zone of --digest and --quiet (default Airspace:TimeZone); off for the default" };
        var command = new Command("add", "Subscribe a channel to new articles, or replace its sources and keywords if subscribed.").WithExample("airspace subscriptions add telegram:-1001234567890 --source antara -k F-16 --digest 07:00");
        var languageParameter = SubscribeCommand.Definition.Parameter(SubscribeCommand.LanguageParameter)!;
        var language = new Option<string?>("--language") { Description = "The alerts' language: id or en (default Airspace:Chat:Language when an alert is sent)" };
        language.AcceptOnlyFromAmong([.. languageParameter.Choices]);
        command.Arguments.Add(address);
        command.Options.Add(source);
        command.Options.Add(keywords);
        command.Options.Add(backfill);
        command.Options.Add(digest);
        command.Options.Add(quiet);
        command.Options.Add(timeZone);
        command.Options.Add(language);
        command.SetAction((parse, ct) => CliServices.GuardAsync(async () =>
        {
            if (!TryAddress(parse.GetValue(address), out var channel))
            {
                return ExitCodes.InputError;
            }

            var n = parse.GetValue(backfill);
            if (n is < 0 or > 1000)
            {
                await Console.Error.WriteLineAsync("error: --backfill must be between 0 and 1000.").ConfigureAwait(false);
                return ExitCodes.InputError;
            }

            if (!ScheduleText.TryParse(parse.GetValue(digest), parse.GetValue(quiet), parse.GetValue(timeZone), out var schedule, out var scheduleError))
            {
                await Console.Error.WriteLineAsync("error: --" + scheduleError.Replace("time_zone", "time-zone", StringComparison.Ordinal)).ConfigureAwait(false);
                return ExitCodes.InputError;
            }

            await using var services = CliServices.Build(parse);
            var words = (parse.GetValue(keywords) ?? []).SelectMany(ArgumentSplitter.Split).Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
            var choice = await SourceChoice.LoadAsync(services.GetRequiredService<ISourceCatalog>(), ct).ConfigureAwait(false);
            if (!choice.TryResolve((parse.GetValue(source) ?? []).SelectMany(ArgumentSplitter.Split), out var sources, out var error))
            {
                await Console.Error.WriteLineAsync("error: " + error).ConfigureAwait(false);
                return ExitCodes.InputError;
            }

            var store = services.GetRequiredService<ISubscriptionStore>();
            var chosen = parse.GetValue(language);

            // One transaction: the backfilled articles are planned under the new settings (kept for the digest, held for
            // quiet hours, labelled in the language), and a setting not given keeps the subscription's own.
            var subscription = await store.SubscribeAsync(
                new SubscriptionRequest(channel) { Keywords = words, Sources = sources, Backfill = n, Schedule = schedule, Language = chosen }, ct).ConfigureAwait(false);

            Console.Out.WriteLine($"Subscribed #{subscription.Id} {SubscriptionsCommand.Describe(subscription, choice)}");
            if (PlatformSettings.Warning(channel, services) is { } warning)
            {
                await Console.Error.WriteLineAsync("warning: " + warning).ConfigureAwait(false);
            }

            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command Remove()
    {
        var address = AddressArgument();
        var command = new Command("remove", "Unsubscribe a channel; its pending alerts are cancelled.").WithExample("airspace subscriptions remove telegram:-1001234567890");
        command.Arguments.Add(address);
        command.SetAction((parse, ct) => CliServices.GuardAsync(async () =>
        {
            if (!TryAddress(parse.GetValue(address), out var channel))
            {
                return ExitCodes.InputError;
            }

            await using var services = CliServices.Build(parse);
            var removed = await services.GetRequiredService<ISubscriptionStore>().RemoveAsync(channel, ct).ConfigureAwait(false);
            Console.Out.WriteLine(removed ? $"Unsubscribed {channel}." : $"{channel} was not subscribed.");
            return removed ? ExitCodes.Ok : ExitCodes.InputError;
        }));
        return command;
    }

    private static Argument<string> AddressArgument() => new("address") { Description = "console, telegram:<chat id>[/<topic id>], discord:<channel id> or discord-webhook:<name>" };

    private static bool TryAddress(string? text, out ChannelAddress address)
    {
        if (ChannelAddress.TryParse(text, out address, out var error))
        {
            return true;
        }

        Console.Error.WriteLine("error: " + error);
        return false;
    }
}
