namespace Airspace.Discord.Commands;

/// <summary><c>POST /interactions/{id}/{token}/callback</c>: no Authorization, exempt from the global limit.</summary>
internal sealed class RestInteractionCallback(DiscordRestClient rest, Interaction interaction, ILogger logger) : IInteractionCallback
{
    private volatile bool _deferred;

    public bool Deferred => _deferred;

    public async Task<bool> RespondAsync(InteractionResponse response, CancellationToken ct)
    {
        var route = RestRoute.InteractionCallback(interaction.Id, interaction.Token);
        var result = await rest.SendAsync(RestRequest.Interaction(route, response) with { MaxRateLimitWait = TimeSpan.FromSeconds(1) }, ct).ConfigureAwait(false);
        if (result.IsSuccess)
        {
            _deferred |= response.Type is InteractionResponse.DeferredChannelMessage or InteractionResponse.DeferredUpdateMessage;
            return true;
        }

        // 10062 (expired) and 40060 (already acknowledged) are logged only: there is nothing left to answer.
        if (result.ErrorCode is DiscordErrorCodes.UnknownInteraction or DiscordErrorCodes.InteractionAlreadyAcknowledged)
        {
            DiscordLog.InteractionCallbackRefused(logger, interaction.Id, result.Describe());
        }
        else
        {
            DiscordLog.InteractionCallbackFailed(logger, interaction.Id, result.Describe());
        }

        return false;
    }
}
