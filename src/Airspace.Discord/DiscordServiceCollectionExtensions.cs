using Airspace.Core.Publishing;
using Airspace.Core.Roles;

namespace Airspace.Discord;

public static class DiscordServiceCollectionExtensions
{
    /// <summary>
    /// The Discord adapter: the bot (sender, command handling, hosted loops) when `Airspace:Discord:Token` is set, and
    /// the webhook sender when at least one `Airspace:Discord:Webhooks:&lt;name&gt;` is — each without the other.
    /// Nothing when neither is set.
    /// </summary>
    public static IServiceCollection AddAirspaceDiscord(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(DiscordOptions.SectionName);
        var bot = !string.IsNullOrWhiteSpace(section["Token"]);
        var webhooks = section.GetSection("Webhooks").GetChildren().Any();
        if (!bot && !webhooks)
        {
            return services;
        }

        // What both senders share: options, the REST client with its rate limits, the embed renderer.
        var httpListener = !string.IsNullOrWhiteSpace(configuration["Airspace:Http:Urls"]);
        services.AddValidatedOptions<DiscordOptions>(section, crossSectionRules: o => HttpModeNeedsListener(o, httpListener) ?? PlainUrls(o));
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IJitterSource, SharedRandomJitter>();
        services.AddSingleton<DiscordStatus>();
        services.AddSingleton<RateLimiter>();
        services.AddSingleton<InvalidRequestBudget>();
        services.AddSingleton<DiscordRestClient>();
        services.AddSingleton<AlertRenderer>();
        if (webhooks)
        {
            services.AddSingleton<IChatSender, DiscordWebhookSender>();
        }

        if (!bot)
        {
            return services;
        }

        services.AddSingleton<DiscordApplication>(sp => new DiscordApplication(sp.GetRequiredService<IOptions<DiscordOptions>>().Value));
        services.AddSingleton<DiscordBootstrap>();

        services.AddSingleton<SearchButtons>();
        services.AddSingleton<ReplyRenderer>();
        services.AddSingleton<IChatSender, DiscordChatSender>();

        services.AddSingleton<InteractionDeduplicator>();
        services.AddSingleton<SlashCommandHandler>();
        services.AddSingleton<AutocompleteHandler>();
        services.AddSingleton<InteractionDispatcher>();
        services.AddSingleton<InteractionWork>();
        services.AddSingleton<CommandRegistrar>();
        services.AddSingleton<InteractionsEndpoint>();
        services.AddSingleton<ReplayGuard>();

        services.AddSingleton<GuildChannelMap>();
        services.AddSingleton<ChannelCleanup>();
        services.AddSingleton<IGatewayDispatchHandler, DiscordEventRouter>();
        services.AddSingleton<GatewaySession>();
        services.AddSingleton<IdentifyBudget>();
        services.AddSingleton<GatewayClient>();

        // The token check runs before the host starts (AirspaceHostFactory), so before any loop.
        services.AddSingleton<IPlatformStartupCheck, DiscordStartupService>();
        services.AddHostedService<CommandRegistrationWorker>();
        services.AddSingletonRole<GatewayWorker>(SingletonRoles.DiscordGateway);

        services.AddHostedService(sp => sp.GetRequiredService<ReplayGuard>());

        // Registered last, so it stops first: shutdown waits for the answers in progress while REST is still up.
        services.AddHostedService(sp => sp.GetRequiredService<InteractionWork>());
        services.AddHealthChecks().AddCheck<DiscordHealthCheck>("discord");
        return services;
    }

    private static string? HttpModeNeedsListener(DiscordOptions options, bool httpListener) =>
        options.IsHttpMode && !httpListener
            ? "Airspace:Discord:Mode is Http but Airspace:Http:Urls is empty, so nothing would receive interactions."
            : null;

    /// <summary>The plain-http rule for the URLs that carry the token.</summary>
    private static string? PlainUrls(DiscordOptions options) =>
        PlainHttp.Refusal("Airspace:Discord:ApiBaseUrl", new Uri(options.ApiBaseUrl), options.AllowInsecureHttp)
        ?? PlainHttp.Refusal("Airspace:Discord:GatewayUrl", options.GatewayUrl is { Length: > 0 } gateway ? new Uri(gateway) : null, options.AllowInsecureHttp);
}
