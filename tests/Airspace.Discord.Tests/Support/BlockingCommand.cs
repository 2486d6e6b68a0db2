using Airspace.Core.Commands;

namespace Airspace.Discord.Tests.Support;

/// <summary>
/// A command that holds its thread until released, as a CPU-bound search holds one: with many at once, only a
/// bounded number of them may occupy threads, or nothing is left to acknowledge the rest in time.
/// </summary>
public sealed class BlockingCommand : IChatCommand, IDisposable
{
    private readonly ManualResetEventSlim _gate = new();
    private int _started;

    public CommandDeclaration Declaration { get; } = new() { Name = "block", Description = new("block.description", "Holds its thread until released") };

    public int Started => Volatile.Read(ref _started);

    public Task<Reply> ExecuteAsync(CommandContext context, CommandArguments arguments, CancellationToken ct)
    {
        Interlocked.Increment(ref _started);
        _gate.Wait(ct);
        return Task.FromResult(Reply.Info("Released."));
    }

    public void Release() => _gate.Set();

    public void Dispose() => _gate.Dispose();
}
