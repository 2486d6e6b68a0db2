namespace Airspace.Discord.Commands;

/// <summary>
/// Http mode: the first response is the body of the reply to Discord's POST, which the endpoint is waiting for. The
/// endpoint may defer on the handler's behalf (busy, or out of time); the handler then sees <see cref="Deferred"/>.
/// </summary>
internal sealed class HttpInteractionCallback : IInteractionCallback
{
    private readonly TaskCompletionSource<InteractionResponse> _response = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Lock _gate = new();
    private bool _deferred;

    /// <summary>Completes with the first response, or is cancelled by <see cref="Close"/>.</summary>
    public Task<InteractionResponse> Response => _response.Task;

    public bool Deferred
    {
        get
        {
            lock (_gate)
            {
                return _deferred;
            }
        }
    }

    public Task<bool> RespondAsync(InteractionResponse response, CancellationToken ct)
    {
        lock (_gate)
        {
            var first = _response.TrySetResult(response);
            _deferred |= first && response.Type is InteractionResponse.DeferredChannelMessage or InteractionResponse.DeferredUpdateMessage;
            return Task.FromResult(first);
        }
    }

    /// <summary>The endpoint stops waiting: a response that comes later is refused (the task settles exactly once).</summary>
    public void Close() => _response.TrySetCanceled();
}
