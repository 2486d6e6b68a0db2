namespace Airspace.Discord.Startup;

/// <summary>The application id: configured, fetched at start-up, or learned from READY. Follow-ups and registration need it.</summary>
internal sealed class DiscordApplication
{
    private readonly TaskCompletionSource<string> _id = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public DiscordApplication(DiscordOptions options)
    {
        if (options.ApplicationId is { Length: > 0 } configured)
        {
            _id.TrySetResult(configured);
        }
    }

    public string? Id => _id.Task.IsCompletedSuccessfully ? _id.Task.Result : null;

    public void Set(string id) => _id.TrySetResult(id);

    public Task<string> WaitAsync(CancellationToken ct) => _id.Task.WaitAsync(ct);
}
