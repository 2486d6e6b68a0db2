using Airspace.Discord.Wire;

namespace Airspace.Discord.Interactions;

/// <summary>Http mode: the first response is the body of the reply to Discord's POST, which the endpoint is waiting for.</summary>
internal sealed class HttpInteractionCallback : IInteractionCallback
{
    private readonly TaskCompletionSource<InteractionResponse> _response = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes with the first response, or is cancelled by <see cref="Close"/>.</summary>
    public Task<InteractionResponse> Response => _response.Task;

    public Task<bool> RespondAsync(InteractionResponse response, CancellationToken ct) => Task.FromResult(_response.TrySetResult(response));

    /// <summary>The endpoint stops waiting: a response that comes later is refused (the task settles exactly once).</summary>
    public void Close() => _response.TrySetCanceled();
}
