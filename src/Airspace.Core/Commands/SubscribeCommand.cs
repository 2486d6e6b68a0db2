namespace Airspace.Core.Commands;

public sealed class SubscribeCommand(ISubscriptionStore subscriptions, ISourceCatalog catalog) : IChatCommand
{
    public const int MaxKeywords = 20;
    public const int MaxKeywordLength = 64;

    /// <summary>The parameter naming the sources followed (chat: <c>source=antara,inbox</c>; CLI and Discord: <c>source</c>).</summary>
    public const string SourceParameter = "source";

    /// <summary>The schedule parameters (chat: <c>digest=07:00 quiet=22:00-06:00 time_zone=Asia/Jakarta</c>), read by <see cref="ScheduleText"/>.</summary>
    public const string DigestParameter = "digest";

    public const string QuietParameter = "quiet";

    public const string TimeZoneParameter = "time_zone";

    /// <summary>The parameter choosing the alerts' language (chat: <c>language=id</c>; CLI: <c>--language</c>).</summary>
    public const string LanguageParameter = "language";

    /// <summary>This command's declaration, for front ends built before any service exists (the CLI).</summary>
    public static CommandDeclaration Definition { get; } = new()
    {
        Name = "subscribe",
        Description = new("subscribe.description", "Post new articles here (optionally only from some sources, or mentioning a keyword)"),
        Parameters =
        [
            new CommandParameter
            {
                Name = "keywords",
                Type = ParameterType.Words,
                Description = new("subscribe.keywords", "Only articles mentioning one of these (comma- or space-separated; \"quoted phrases\")"),
                Placeholder = "keywords…",
                MaxLength = 1000,
            },
            new CommandParameter
            {
                Name = SourceParameter,
                Type = ParameterType.Words,
                Description = new("subscribe.source", "Only articles from these sources (comma-separated; default every source)"),
                Placeholder = "name,…",
                Positional = false,
                Keyed = true,
                Autocomplete = true,
                MaxLength = 1000,
            },
            ScheduleParameter(DigestParameter, "subscribe.digest", "One daily digest at this local time instead of an alert per article (07:00; off to stop)", "HH:MM", 5),
            ScheduleParameter(QuietParameter, "subscribe.quiet", "Hold alerts during this local window, sent when it ends (22:00-06:00; off to stop)", "HH:MM-HH:MM", 11),
            ScheduleParameter(TimeZoneParameter, "subscribe.time_zone", "IANA time zone of the digest and quiet hours (Asia/Jakarta; off for the bot's default)", "zone", 64),
            new CommandParameter
            {
                Name = LanguageParameter,
                Type = ParameterType.Choice,
                Description = new("subscribe.language", "Language of the alerts (id or en; default the bot's language)"),
                Placeholder = string.Join('|', ChatLanguage.Supported),
                Positional = false,
                Keyed = true,
                Choices = ChatLanguage.Supported,
                ChoiceNames = "language",
            },
        ],
        ManagesChannel = true,
        PostsToChannel = true,
    };

    public CommandDeclaration Declaration => Definition;

    public async Task<Reply> ExecuteAsync(CommandContext context, CommandArguments arguments, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(arguments);
        if (!context.CanManageSubscriptions)
        {
            return Reply.Error(ChatText.Get("chat.adminOnly"));
        }

        var keywords = arguments.Words("keywords").Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
        if (keywords.Length > MaxKeywords || keywords.Any(k => k.Length > MaxKeywordLength))
        {
            return Reply.Error(ChatText.Format("subscribe.tooManyKeywords", MaxKeywords, MaxKeywordLength));
        }

        var choice = await SourceChoice.LoadAsync(catalog, ct).ConfigureAwait(false);
        if (!choice.TryResolve(arguments.Words(SourceParameter), out var sources, out var error))
        {
            return Reply.Error(error);
        }

        if (!ScheduleText.TryParse(arguments.Text(DigestParameter), arguments.Text(QuietParameter), arguments.Text(TimeZoneParameter), out var schedule, out var scheduleError))
        {
            return Reply.Error(scheduleError);
        }

        var language = arguments.Text(LanguageParameter);
        // One transaction: a schedule or language not given keeps the subscription's own.
        var subscription = await subscriptions.SubscribeAsync(
            new SubscriptionRequest(context.Channel) { Keywords = keywords, Sources = sources, Schedule = schedule, Language = language }, ct).ConfigureAwait(false);

        var from = sources is null ? "" : ChatText.Format("subscribe.from", string.Join(", ", sources));
        var alertsIn = language is null ? "" : ChatText.Format("subscribe.alertsIn", ChatText.Get("language." + language));
        var reply = (subscription.Keywords.Count == 0
            ? ChatText.Format("subscribe.done", from)
            : ChatText.Format("subscribe.doneKeywords", from, string.Join(", ", subscription.Keywords))) + alertsIn;
        return Reply.Info(subscription.Schedule.Describe() is { } when ? reply + ChatText.Format("subscribe.schedule", when) : reply);
    }

    private static CommandParameter ScheduleParameter(string name, string key, string description, string placeholder, int maxLength) => new()
    {
        Name = name,
        Type = ParameterType.Text,
        Description = new(key, description),
        Placeholder = placeholder,
        Positional = false,
        Keyed = true,
        MaxLength = maxLength,
    };
}
