using Airspace.Core;
using Airspace.Core.Publishing;
using Airspace.Core.Resilience;
using Airspace.Telegram.Api;
using Airspace.Telegram.Health;
using Airspace.Telegram.Polling;
using Airspace.Telegram.Sending;
using Airspace.Telegram.Startup;
using Airspace.Telegram.Updates;
using Airspace.Telegram.Webhook;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

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

        services.AddOptions<TelegramOptions>().Bind(section).PostConfigure(ReadTokenFile).ValidateOnStart();
        services.AddSingleton<IValidateOptions<TelegramOptions>>(new TelegramOptionsValidator(configuration));
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IJitterSource, SharedRandomJitter>();
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<TelegramOptions>>().Value);

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
        services.AddHostedService<TelegramPollingWorker>();
        services.AddHostedService<TelegramWebhookWorker>();
        services.AddHealthChecks().AddCheck<TelegramHealthCheck>("telegram");
        return services;
    }

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
