using Airspace.Core.Commands;
using Airspace.Core.Subscriptions;
using Airspace.Host.ConsoleChannel;
using Microsoft.Extensions.DependencyInjection;

namespace Airspace.Host.Cli;

/// <summary>Runs a chat command through the same handlers the platforms use, as the local operator, and prints the reply.</summary>
internal static class ChatVerb
{
    public static async Task<int> RunAsync(IServiceProvider services, string commandLine, int page, CancellationToken ct)
    {
        await IndexCatchUp.TryAsync(services, ct).ConfigureAwait(false);
        var context = new CommandContext
        {
            Channel = ChannelAddress.ConsoleChannel,
            CanManageSubscriptions = true,
            IsOperator = true,
            Page = page,
        };
        var reply = await services.GetRequiredService<CommandRouter>().HandleAsync(context, commandLine, ct).ConfigureAwait(false);
        Console.Out.Write(ConsoleRenderer.RenderReply(reply));
        return reply.IsError ? ExitCodes.InputError : ExitCodes.Ok;
    }
}
