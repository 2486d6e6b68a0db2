using Airspace.Core.Commands;

namespace Airspace.Discord.Commands;

/// <summary>The slash commands, generated from the commands' declarations: names, options, limits and permissions.</summary>
internal static class SlashCommandCatalog
{
    /// <summary>Manage Channels, as the decimal string default_member_permissions wants.</summary>
    public const string ManageChannelsPermission = "16";

    /// <summary>Interaction context type 0: server (guild) channels; 1 is the bot's DM, 2 a private channel.</summary>
    public const int GuildContext = 0;

    /// <summary>Discord's limit on command and option descriptions.</summary>
    public const int MaxDescription = 100;

    public static IReadOnlyList<ApplicationCommand> Build(CommandRouter router) =>
        router.Declarations.Select(Define).ToArray();

    private static ApplicationCommand Define(CommandDeclaration declaration)
    {
        var definition = new ApplicationCommand
        {
            Name = declaration.Name.ToLowerInvariant(),
            Description = Fit(declaration.Description.English),
            Options = OnDiscord(declaration).Any() ? OnDiscord(declaration).Select(Option).ToArray() : null,
        };
        return declaration.ManagesChannel
            ? definition with { DefaultMemberPermissions = ManageChannelsPermission, Contexts = [GuildContext] }
            : definition;
    }

    /// <summary>The parameters Discord offers: all but the command line's own.</summary>
    public static IEnumerable<CommandParameter> OnDiscord(CommandDeclaration declaration) =>
        declaration.Parameters.Where(p => !p.CommandLineOnly);

    private static CommandOption Option(CommandParameter parameter)
    {
        var numeric = parameter.Type is ParameterType.Integer or ParameterType.Page;
        // One embed per article, and a message holds at most ten.
        var maximum = parameter.MaximumFor(EmbedLimits.EmbedsPerMessage);
        return new CommandOption
        {
            Type = numeric ? CommandOption.Integer : CommandOption.String,
            Name = parameter.Name,
            Description = Fit(parameter.DescribeRange(maximum)),
            Required = parameter.Required,
            Autocomplete = parameter.Autocomplete ? true : null,
            MinValue = numeric ? parameter.Minimum : null,
            MaxValue = numeric ? maximum : null,
            MaxLength = numeric ? null : parameter.MaxLength,
            Choices = parameter.Choices.Count == 0 ? null : parameter.Choices.Select(c => new AutocompleteChoice(c, c)).ToArray(),
        };
    }

    private static string Fit(string text) => DiscordText.Fit(text, MaxDescription, escape: false);
}
