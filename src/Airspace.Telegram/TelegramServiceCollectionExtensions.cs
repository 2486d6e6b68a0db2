using Airspace.Core.Publishing;
using Airspace.Core.Roles;

namespace Airspace.Telegram;

public static class TelegramServiceCollectionExtensions
{
    /// <summary>The Telegram adapter (sender, command handling, hosted loops) when `Airspace:Telegram:Token` is set; nothing otherwise.</summary>
    public static IServiceCollection AddAirspaceTelegram(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(TelegramOptions.SectionName);
        if (string.IsNullOrWhiteSpace(section["Token"]) && string.IsNullOrWhiteSpace(section["TokenFile"]))
        {
            return services;
        }

        services.AddValidatedOptions<TelegramOptions>(section, crossSectionRules: o => WebhookNeedsListener(o, configuration) ?? PlainHttpRefusal(o))
            .PostConfigure(ReadTokenFile);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IJitterSource, SharedRandomJitter>();

        services.AddSingleton<TelegramClients>();
        services.AddSingleton<TelegramHealth>();
        services.AddSingleton<TelegramSession>();
        services.AddSingleton<ChatPacer>();
        services.AddSingleton<GlobalSendBudget>();
        services.AddSingleton<ChatStrikes>();
        services.AddSingleton<ChatMigrations>();
        services.AddSingleton<ChatMigrator>();
        services.AddSingleton<MessageSender>();
        services.AddSingleton<TelegramChatSender>();
        services.AddSingleton<IChatSender>(sp => sp.GetRequiredService<TelegramChatSender>());

        services.AddSingleton<ChatAdminChecker>();
        services.AddSingleton<ChannelTarget>();
        services.AddSingleton<SearchButtons>();
        services.AddSingleton<CommandHandler>();
        services.AddSingleton<SearchPagingHandler>();
        services.AddSingleton<InlineQueryHandler>();
        services.AddSingleton<MembershipHandler>();
        services.AddSingleton<UpdateHandler>();
        services.AddSingleton<CommandRateLimit>();
        services.AddSingleton<SummaryGate>();
        services.AddSingleton<ReplyQueue>();
        services.AddSingleton<UpdateScheduler>();
        services.AddSingleton<UpdatePoller>();
        services.AddSingleton<UpdateQueue>();
        services.AddSingleton<TelegramWebhookEndpoint>();

        // Start-up first: a refused token stops the host before the other loops start.
        services.AddSingleton<IPlatformStartupCheck, TelegramStartupService>();
        // Stopped after the loops that feed them (hosted services stop in reverse order): pending work is cancelled
        // and the running items are awaited.
        services.AddHostedService(sp => sp.GetRequiredService<ReplyQueue>());
        services.AddHostedService(sp => sp.GetRequiredService<UpdateScheduler>());
        services.AddSingletonRole<TelegramPollingWorker>(SingletonRoles.TelegramPolling);
        services.AddHostedService<TelegramWebhookWorker>();
        services.AddHealthChecks().AddCheck<TelegramHealthCheck>("telegram");
        return services;
    }

    private static string? WebhookNeedsListener(TelegramOptions options, IConfiguration configuration) =>
        options.Mode == TelegramMode.Webhook && string.IsNullOrWhiteSpace(configuration["Airspace:Http:Urls"])
            ? "Airspace:Telegram:Mode is Webhook, so Airspace:Http:Urls must be set for the webhook endpoint to listen on."
            : null;

    private static string? PlainHttpRefusal(TelegramOptions options) =>
        PlainHttp.Refusal(TelegramOptions.SectionName + ":ApiBaseUrl", new Uri(options.ApiBaseUrl), options.AllowInsecureHttp);

    private static void ReadTokenFile(TelegramOptions options)
    {
        if (!string.IsNullOrWhiteSpace(options.Token) || string.IsNullOrWhiteSpace(options.TokenFile))
        {
            return;
        }

        try
        {
            options.Token = File.ReadAllText(options.TokenFile).Trim();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            // Left empty: validation names Airspace:Telegram:TokenFile.
        }
    }
}
