using Airspace.Core.Publishing;
using Airspace.Discord.Alerts;
using Airspace.Discord.Events;
using Airspace.Discord.Gateway;
using Airspace.Discord.Http;
using Airspace.Discord.Interactions;
using Airspace.Discord.Rendering;
using Airspace.Discord.Rest;
using Airspace.Discord.Startup;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Airspace.Discord;

public static class DiscordServiceCollectionExtensions
{
    /// <summary>The Discord adapter (sender, command handling, hosted loops) when `Airspace:Discord:Token` is set; nothing otherwise.</summary>
    public static IServiceCollection AddAirspaceDiscord(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(DiscordOptions.SectionName);
        if (string.IsNullOrWhiteSpace(section["Token"]))
        {
            return services;
        }

        var httpListener = !string.IsNullOrWhiteSpace(configuration["Airspace:Http:Urls"]);
        services.AddOptions<DiscordOptions>().Bind(section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<DiscordOptions>>(new DiscordOptionsValidator(httpListener));
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IJitterSource, SharedRandomJitter>();

        services.AddSingleton<DiscordStatus>();
        services.AddSingleton<DiscordApplication>(sp => new DiscordApplication(sp.GetRequiredService<IOptions<DiscordOptions>>().Value));
        services.AddSingleton<RateLimiter>();
        services.AddSingleton<InvalidRequestBudget>();
        services.AddSingleton<DiscordRestClient>();
        services.AddSingleton<DiscordBootstrap>();

        services.AddSingleton<AlertRenderer>();
        services.AddSingleton<SearchButtons>();
        services.AddSingleton<ReplyRenderer>();
        services.AddSingleton<IChatSender, DiscordChatSender>();

        services.AddSingleton<InteractionDeduplicator>();
        services.AddSingleton<SlashCommandHandler>();
        services.AddSingleton<AutocompleteHandler>();
        services.AddSingleton<InteractionDispatcher>();
        services.AddSingleton<CommandRegistrar>();
        services.AddSingleton<InteractionsEndpoint>();

        services.AddSingleton<GuildChannelMap>();
        services.AddSingleton<ChannelCleanup>();
        services.AddSingleton<IGatewayDispatchHandler, DiscordEventRouter>();
        services.AddSingleton<GatewaySession>();
        services.AddSingleton<IdentifyBudget>();
        services.AddSingleton<GatewayClient>();

        // Registration order is start order: the token check runs before the loops.
        services.AddHostedService<DiscordStartupService>();
        services.AddHostedService<CommandRegistrationWorker>();
        services.AddHostedService<GatewayWorker>();
        services.AddHealthChecks().AddCheck<DiscordHealthCheck>("discord");
        return services;
    }
}
