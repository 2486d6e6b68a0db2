namespace Airspace.Discord.Commands;

/// <summary>Where an interaction's first response goes: the callback endpoint (gateway mode) or the HTTP reply (Http mode).</summary>
internal interface IInteractionCallback
{
    /// <summary>
    /// True once the first response was a deferral (type 5 or 6), whoever sent it: the answer then goes through the
    /// interaction webhook.
    /// </summary>
    bool Deferred { get; }

    /// <summary>False when Discord no longer accepts a first response (expired or already acknowledged).</summary>
    Task<bool> RespondAsync(InteractionResponse response, CancellationToken ct);
}
