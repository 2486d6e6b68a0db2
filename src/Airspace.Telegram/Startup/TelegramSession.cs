using Airspace.Core.Commands;
using Telegram.Bot;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace Airspace.Telegram.Startup;

/// <summary>
/// Connects the bot: getMe (who are we; a refused token stops start-up with one sentence), setMyCommands, and the
/// update mode (deleteWebhook for polling, setWebhook with the secret for webhook mode).
/// </summary>
internal sealed class TelegramSession(
    TelegramClients clients,
    CommandRouter router,
    IOptions<TelegramOptions> settings,
    IOptions<ChatLanguageOptions> chat,
    TelegramHealth health,
    IJitterSource jitter,
    TimeProvider time,
    ILogger<TelegramSession> logger)
{
    private readonly TelegramOptions _options = settings.Value;

    /// <summary>The updates we ask for (my_chat_member tells us when we are removed from a chat).</summary>
    public static readonly UpdateType[] AllowedUpdates =
        [UpdateType.Message, UpdateType.ChannelPost, UpdateType.CallbackQuery, UpdateType.InlineQuery, UpdateType.MyChatMember];

    private static readonly TimeSpan MaxRetryDelay = TimeSpan.FromMinutes(1);
    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary>The wait after failed connects and polls: PollErrorDelay, doubling per failure, jittered, at most a minute.</summary>
    public Backoff ErrorBackoff { get; } = new(settings.Value.PollErrorDelay, settings.Value.PollErrorDelay > MaxRetryDelay ? settings.Value.PollErrorDelay : MaxRetryDelay, jitter);

    /// <summary>Null until getMe has answered.</summary>
    public BotIdentity? Identity { get; private set; }

    public bool Ready { get; private set; }

    /// <summary>
    /// One attempt to connect. Throws <see cref="PlatformStartupException"/> when retrying cannot help (the token or
    /// webhook URL is refused); returns false after a transient failure.
    /// </summary>
    public async Task<bool> TryConnectAsync(CancellationToken ct)
    {
        await _gate.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            if (Ready)
            {
                return true;
            }

            var step = "getMe";
            try
            {
                var me = await clients.Api.GetMe(ct).ConfigureAwait(false);
                Identity = new BotIdentity(me.Id, me.Username ?? "", me.CanReadAllGroupMessages, me.SupportsInlineQueries);
                step = "setMyCommands";
                await RegisterCommandsAsync(ct).ConfigureAwait(false);
                step = _options.Mode == TelegramMode.Webhook ? "setWebhook" : "deleteWebhook";
                if (_options.Mode == TelegramMode.Webhook)
                {
                    await clients.Api.SetWebhook(_options.WebhookUrl!, allowedUpdates: AllowedUpdates, secretToken: _options.WebhookSecret, cancellationToken: ct).ConfigureAwait(false);
                }
                else
                {
                    // getUpdates answers 409 while a webhook is set (e.g. left over from an earlier webhook deployment).
                    await clients.Api.DeleteWebhook(dropPendingUpdates: false, ct).ConfigureAwait(false);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
            {
                var failure = BotFailure.From(ex, clients.Redactor);
                if (Fatal(step, failure) is { } sentence)
                {
                    health.Fail(sentence);
                    throw new PlatformStartupException(sentence);
                }

                TelegramLog.ConnectFailed(logger, step, failure.Description);
                return false;
            }

            Ready = true;
            TelegramLog.Connected(logger, Identity.Username, Identity.Id, _options.Mode);
            return true;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>For the update loops: connects, retrying transient failures with backoff; false when it cannot (logged, health failed).</summary>
    public async Task<bool> EnsureConnectedAsync(CancellationToken ct)
    {
        if (ct.IsCancellationRequested)
        {
            return false;
        }

        // A transient failure (false) backs off on ErrorBackoff, for as long as it takes; a refusal (thrown) ends it.
        var retry = RetryPipelines.Create<bool>(ErrorBackoff, time, outcome => outcome is { Exception: null, Result: false } ? RetryDecision.Failure : RetryDecision.Done);
        try
        {
            return await retry.ExecuteAsync(static (session, token) => new ValueTask<bool>(session.TryConnectAsync(token)), this, ct).ConfigureAwait(false);
        }
        catch (PlatformStartupException ex)
        {
            TelegramLog.Stopped(logger, ex.Message);
            return false;
        }
    }

    /// <summary>
    /// The command menu once per language: without language_code in <see cref="ChatLanguageOptions.Language"/> (for users
    /// whose language the bot does not speak), and with each other language's code (<c>language_code=id</c>).
    /// </summary>
    private async Task RegisterCommandsAsync(CancellationToken ct)
    {
        var fallback = chat.Value.Language;
        try
        {
            await clients.Api.SetMyCommands(Menu(fallback), cancellationToken: ct).ConfigureAwait(false);
            foreach (var language in ChatLanguage.Supported.Where(l => l != fallback))
            {
                await clients.Api.SetMyCommands(Menu(language), languageCode: language, cancellationToken: ct).ConfigureAwait(false);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            var failure = BotFailure.From(ex, clients.Redactor);
            if (failure.Kind == BotFailureKind.BadToken)
            {
                throw;
            }

            // The menu is a convenience: commands work without it.
            TelegramLog.CommandsNotRegistered(logger, failure.Description);
        }
    }

    private List<BotCommand> Menu(string language)
    {
        using var scope = ChatLanguage.Use(language);
        var commands = new List<BotCommand> { new("start", ChatText.Get("telegram.start")) };
        commands.AddRange(router.Declarations
            .Where(c => c.Name.Length is >= 1 and <= 32 && c.Name.All(ch => ch is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '_'))
            .Select(c => new BotCommand(c.Name, Describe(c))));
        return commands;
    }

    private static string Describe(CommandDeclaration command)
    {
        var description = command.Description.Text.Trim();
        return description.Length == 0 ? command.Name : description.Length <= 256 ? description : description[..255] + "…";
    }

    private string? Fatal(string step, BotFailure failure) => failure.Kind switch
    {
        BotFailureKind.BadToken => $"The Telegram Bot API at {_options.ApiBaseUrl} refused Airspace:Telegram:Token ({failure.ErrorCode} {failure.Description}); copy the bot token from BotFather again.",
        BotFailureKind.Rejected when step == "setWebhook" => $"Telegram refused Airspace:Telegram:WebhookUrl ({failure.Description}); it must be a public https URL on port 443, 80, 88 or 8443.",
        _ => null,
    };
}
