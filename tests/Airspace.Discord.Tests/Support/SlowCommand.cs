using Airspace.Core.Commands;

namespace Airspace.Discord.Tests.Support;

/// <summary>A command that takes a while, to exercise Discord's 3-second deadline.</summary>
public sealed class SlowCommand(TimeSpan duration) : IChatCommand
{
    public CommandDeclaration Declaration { get; } = new() { Name = "slow", Description = new("slow.description", "Takes its time") };

    public async Task<Reply> ExecuteAsync(CommandContext context, CommandArguments arguments, CancellationToken ct)
    {
        await Task.Delay(duration, ct);
        return Reply.Info("Done after a while.");
    }
}
