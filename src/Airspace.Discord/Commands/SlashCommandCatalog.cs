using Airspace.Core.Commands;

namespace Airspace.Discord.Commands;

/// <summary>
/// The slash commands, generated from the commands' declarations: names, options, limits and permissions. Descriptions
/// are English with <c>description_localizations</c> for the bot's other languages (<c>id</c>); options and choices
/// also get <c>name_localizations</c>. Command names stay the same in every language, as in help, Telegram and the
/// alerts' <c>/summary 752</c>.
/// </summary>
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
            Description = In(ChatLanguage.English, () => Fit(declaration.Description.Text)),
            DescriptionLocalizations = Localized(() => Fit(declaration.Description.Text)),
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
            NameLocalizations = Localized(() => ChatText.Get("option." + parameter.Name)),
            Description = In(ChatLanguage.English, () => Fit(parameter.DescribeRange(maximum))),
            DescriptionLocalizations = Localized(() => Fit(parameter.DescribeRange(maximum))),
            Required = parameter.Required,
            Autocomplete = parameter.Autocomplete ? true : null,
            MinValue = numeric ? parameter.Minimum : null,
            MaxValue = numeric ? maximum : null,
            MaxLength = numeric ? null : parameter.MaxLength,
            Choices = parameter.Choices.Count == 0 ? null : parameter.Choices.Select(c => Choice(parameter, c)).ToArray(),
        };
    }

    private static AutocompleteChoice Choice(CommandParameter parameter, string value) =>
        new(In(ChatLanguage.English, () => parameter.ChoiceName(value)), value)
        {
            NameLocalizations = parameter.ChoiceNames is null ? null : Localized(() => parameter.ChoiceName(value)),
        };

    private static string In(string language, Func<string> text)
    {
        using var scope = ChatLanguage.Use(language);
        return text();
    }

    /// <summary>The text in each language but English, by Discord locale (Discord's <c>id</c> is ours).</summary>
    private static Dictionary<string, string> Localized(Func<string> text) =>
        ChatLanguage.Supported.Where(l => l != ChatLanguage.English).ToDictionary(l => l, l => In(l, text), StringComparer.Ordinal);

    private static string Fit(string text) => DiscordText.Fit(text, MaxDescription, escape: false);
}
