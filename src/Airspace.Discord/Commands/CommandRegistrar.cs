using Airspace.Core.Commands;

namespace Airspace.Discord.Commands;

/// <summary>
/// Overwrites the application's commands in one PUT (global, or one guild when CommandGuildId is set): commands that
/// were removed from Airspace disappear, unchanged ones are not counted as new creations.
/// </summary>
internal sealed class CommandRegistrar(
    DiscordRestClient rest,
    DiscordApplication application,
    CommandRouter router,
    IOptions<DiscordOptions> options,
    ILogger<CommandRegistrar> logger)
{
    public async Task<RestResult> RegisterAsync(CancellationToken ct)
    {
        var applicationId = await application.WaitAsync(ct).ConfigureAwait(false);
        var guild = options.Value.CommandGuildId;
        var route = guild is { Length: > 0 }
            ? RestRoute.OverwriteGuildCommands(applicationId, guild)
            : RestRoute.OverwriteGlobalCommands(applicationId);
        var commands = SlashCommandCatalog.Build(router);
        var result = await rest.SendAsync(new RestRequest(route, commands), ct).ConfigureAwait(false);
        if (result.IsSuccess)
        {
            DiscordLog.CommandsRegistered(logger, commands.Count, guild is { Length: > 0 } ? "guild " + guild : "globally");
        }

        return result;
    }
}
