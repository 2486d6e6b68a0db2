using Airspace.Core.Commands;
using Airspace.Core.Subscriptions;
using Microsoft.Extensions.Hosting;

namespace Airspace.Host.Workers;

/// <summary>When standard input is a terminal, its lines are chat commands for the console channel (/search Su-57).</summary>
/// <remarks>Replies are in <c>Airspace:Chat:Language</c>: the console has no user language to go by.</remarks>
internal sealed class ConsoleCommandWorker(CommandRouter router, ConsoleOutput output, IOptions<ConsoleOptions> options, IOptions<ChatLanguageOptions> chat) : BackgroundService
{
    private static readonly CommandContext Operator = new()
    {
        Channel = ChannelAddress.ConsoleChannel,
        CanManageSubscriptions = true,
        IsOperator = true,
    };

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.ReadCommands || Console.IsInputRedirected)
        {
            return;
        }

        using var language = ChatLanguage.Use(chat.Value.Language);
        output.Write(ChatText.Get("console.hint") + "\n");
        while (!stoppingToken.IsCancellationRequested)
        {
            // Console reads do not observe cancellation; WaitAsync lets shutdown proceed while a read is pending.
            var line = await Task.Run(Console.ReadLine, CancellationToken.None).WaitAsync(stoppingToken).ConfigureAwait(false);
            if (line is null)
            {
                return;
            }

            if (line.Trim().Length == 0)
            {
                continue;
            }

            var reply = await router.HandleAsync(Operator, line, stoppingToken).ConfigureAwait(false);
            output.Write(ConsoleRenderer.RenderReply(reply));
        }
    }
}
