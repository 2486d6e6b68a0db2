using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace Airspace.Telegram.Transport.Webhook;

/// <summary>
/// The webhook: checks X-Telegram-Bot-Api-Secret-Token on every request (wrong or missing → 401 and nothing is
/// read), reads at most 1 MiB of body (413 past it, chunked or not), queues the update and answers 200 at once; the
/// worker handles it.
/// </summary>
internal sealed class TelegramWebhookEndpoint(UpdateQueue queue, IOptions<TelegramOptions> settings, ILogger<TelegramWebhookEndpoint> logger)
{
    private readonly TelegramOptions _options = settings.Value;

    public const string SecretHeader = "X-Telegram-Bot-Api-Secret-Token";

    /// <summary>Updates are small; anything bigger is not from Telegram.</summary>
    private const int MaxBody = 1024 * 1024;

    private readonly byte[] _secret = Encoding.UTF8.GetBytes(settings.Value.WebhookSecret ?? "");

    public string Path => _options.WebhookPath;

    public async Task<IResult> HandleAsync(HttpContext context)
    {
        var given = context.Request.Headers[SecretHeader].ToString();
        if (_secret.Length == 0 || !CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), _secret))
        {
            TelegramLog.WebhookRefused(logger);
            return Results.Unauthorized();
        }

        if (context.Request.ContentLength > MaxBody)
        {
            return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }

        // Content-Length is absent from a chunked body: the server counts the bytes as they are read and fails the
        // read past the limit, whatever the framing.
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = MaxBody;
        }

        Update? update;
        try
        {
            update = await JsonSerializer.DeserializeAsync<Update>(context.Request.Body, JsonBotAPI.Options, context.RequestAborted).ConfigureAwait(false);
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            TelegramLog.WebhookBodyTooLarge(logger, MaxBody);
            return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }
        catch (JsonException)
        {
            return Results.BadRequest();
        }

        if (update is null)
        {
            return Results.BadRequest();
        }

        if (!queue.TryEnqueue(update))
        {
            TelegramLog.WebhookQueueFull(logger, update.Id);
            return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
        }

        return Results.Ok();
    }
}
