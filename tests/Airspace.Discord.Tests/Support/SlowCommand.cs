using Airspace.Core.Commands;

namespace Airspace.Discord.Tests.Support;

/// <summary>A command that takes a while, to exercise Discord's 3-second deadline.</summary>
public sealed class SlowCommand(TimeSpan duration) : IChatCommand
{
    public string Name => "slow";
    public string Usage => "";
    public string Description => "Takes its time";

    public async Task<Reply> ExecuteAsync(CommandContext context, string arguments, CancellationToken ct)
    {
        await Task.Delay(duration, ct);
        return Reply.Info("Done after a while.");
    }
}
