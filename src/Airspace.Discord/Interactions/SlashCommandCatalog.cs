using Airspace.Core.Commands;
using Airspace.Discord.Rendering;
using Airspace.Discord.Wire;

namespace Airspace.Discord.Interactions;

/// <summary>The slash commands, built from the command router so names and descriptions stay in step with Core.</summary>
internal static class SlashCommandCatalog
{
    /// <summary>Manage Channels, as the decimal string default_member_permissions wants.</summary>
    public const string ManageChannelsPermission = "16";

    public static IReadOnlyList<ApplicationCommand> Build(CommandRouter router) =>
        router.Commands.Select(Define).ToArray();

    private static ApplicationCommand Define(IChatCommand command)
    {
        var definition = new ApplicationCommand
        {
            Name = command.Name.ToLowerInvariant(),
            Description = DiscordText.Fit(command.Description, 100, escape: false),
        };
        return command.Name switch
        {
            "latest" => definition with
            {
                // One embed per article, and a message holds at most ten.
                Options = [Integer("count", $"How many articles (1–{EmbedLimits.EmbedsPerMessage}, default {LatestCommand.DefaultCount})", 1, Math.Min(LatestCommand.MaxCount, EmbedLimits.EmbedsPerMessage))],
            },
            "search" => definition with
            {
                Options =
                [
                    Text("query", "Words, \"quoted phrases\", F-16, Su-57 …", required: true, autocomplete: true, maxLength: 200),
                    Integer("page", "Result page", 1, SearchCommand.MaxPage),
                ],
            },
            "summary" => definition with
            {
                Options = [Text("article", "An article id (from /latest or /search) or an http(s) URL", required: true, autocomplete: true, maxLength: 500)],
            },
            "subscribe" => definition with
            {
                Options = [Text("keywords", "Only articles mentioning one of these (comma- or space-separated; \"quoted phrases\")", required: false, maxLength: 1000)],
                DefaultMemberPermissions = ManageChannelsPermission,
                Contexts = [0],
            },
            "unsubscribe" => definition with { DefaultMemberPermissions = ManageChannelsPermission, Contexts = [0] },
            "subscriptions" or "help" => definition,
            // A command added to Core later: its arguments as one optional text option, described by its usage.
            _ when command.Usage.Length == 0 => definition,
            _ => definition with { Options = [Text("arguments", DiscordText.Fit(command.Usage, 100, escape: false), required: false, maxLength: 1000)] },
        };
    }

    private static CommandOption Text(string name, string description, bool required, bool autocomplete = false, int? maxLength = null) => new()
    {
        Type = CommandOption.String,
        Name = name,
        Description = description,
        Required = required,
        Autocomplete = autocomplete ? true : null,
        MaxLength = maxLength,
    };

    private static CommandOption Integer(string name, string description, int min, int max) => new()
    {
        Type = CommandOption.Integer,
        Name = name,
        Description = description,
        Required = false,
        MinValue = min,
        MaxValue = max,
    };
}
