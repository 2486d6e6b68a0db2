using Airspace.Discord;
using Airspace.Llm;
using Airspace.Telegram;

namespace Airspace.Host.Configuration;

/// <summary>The start-up warnings for secret-carrying URLs allowed in clear (<c>AllowInsecureHttp=true</c>) to another host.</summary>
public static class InsecureEndpoints
{
    public static IEnumerable<string> Warnings(IServiceProvider services) => Candidates(services).OfType<string>();

    private static IEnumerable<string?> Candidates(IServiceProvider services)
    {
        var configuration = services.GetRequiredService<IConfiguration>();
        if (!string.IsNullOrWhiteSpace(configuration[TelegramOptions.SectionName + ":Token"]) || !string.IsNullOrWhiteSpace(configuration[TelegramOptions.SectionName + ":TokenFile"]))
        {
            var telegram = services.GetRequiredService<IOptions<TelegramOptions>>().Value;
            yield return PlainHttp.Warning(TelegramOptions.SectionName + ":ApiBaseUrl", new Uri(telegram.ApiBaseUrl), telegram.AllowInsecureHttp);
        }

        if (!string.IsNullOrWhiteSpace(configuration["Airspace:Discord:Token"]))
        {
            var discord = services.GetRequiredService<IOptions<DiscordOptions>>().Value;
            yield return PlainHttp.Warning("Airspace:Discord:ApiBaseUrl", new Uri(discord.ApiBaseUrl), discord.AllowInsecureHttp);
            if (discord.GatewayUrl is { Length: > 0 } gateway)
            {
                yield return PlainHttp.Warning("Airspace:Discord:GatewayUrl", new Uri(gateway), discord.AllowInsecureHttp);
            }
        }

        var llm = services.GetRequiredService<IOptions<LlmOptions>>().Value;
        if (llm.Enabled)
        {
            yield return PlainHttp.Warning(LlmOptions.SectionName + ":Endpoint", llm.Endpoint, llm.AllowInsecureHttp);
        }
    }
}
