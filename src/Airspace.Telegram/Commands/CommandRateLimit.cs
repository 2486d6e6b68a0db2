using System.Globalization;
using Airspace.Core.Interactions;

namespace Airspace.Telegram.Commands;

/// <summary>
/// At most <see cref="TelegramOptions.CommandsPerUser"/> commands per user per <see cref="TelegramOptions.CommandWindow"/>:
/// that many at once, then one every window / limit. Past it, the first refused command gets one polite notice and the
/// rest are ignored until a command is let through again, so a flooding user cannot make the bot flood the chat back.
/// The counts are in the store (<see cref="ICommandRateStore"/>), one upsert per command, so the limit holds across
/// every replica sharing it.
/// </summary>
/// <remarks>
/// A limit protects the chat, it is not worth a stuck command: when the store does not answer within
/// <see cref="ChatStoreWait.Limit"/> (its write lock held by a long transaction, the database gone), the command is allowed and
/// the count still lands when the store answers.
/// </remarks>
internal sealed class CommandRateLimit(ICommandRateStore store, IOptions<TelegramOptions> settings, TelegramClients clients, TimeProvider time, ILogger<CommandRateLimit> logger)
{
    public const string Platform = "telegram";


    private readonly CommandRate _rate = new(settings.Value.CommandsPerUser, settings.Value.CommandWindow);

    public async Task<CommandVerdict> CheckAsync(long userId, CancellationToken ct)
    {
        try
        {
            // Task.Run: SQLite's busy handler may block the calling thread.
            var take = Task.Run(() => store.TakeAsync(Platform, userId.ToString(CultureInfo.InvariantCulture), _rate, CancellationToken.None), CancellationToken.None);
            return await take.WaitAsync(ChatStoreWait.Limit, time, ct).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            TelegramLog.RateCheckSkipped(logger, $"the store did not answer within {ChatStoreWait.Limit.TotalMilliseconds:0} ms");
            return CommandVerdict.Allowed;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            TelegramLog.RateCheckSkipped(logger, clients.Redactor.Describe(ex));
            return CommandVerdict.Allowed;
        }
    }
}
