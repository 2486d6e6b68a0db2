using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Airspace.Discord.Transport.Http;

/// <summary>
/// <c>POST /discord/interactions</c> (Http mode). Checks the signature headers and the timestamp's freshness before
/// reading a byte of body, reads at most 256 KiB (413 past it, chunked or not), checks the Ed25519 signature over the
/// exact bytes received (Discord sends forged requests on purpose; accepting one gets the endpoint removed), refuses
/// an interaction id already seen (a replay, even after a restart or on another replica), answers PING with PONG, and
/// otherwise answers in the HTTP reply through the same dispatcher as gateway interactions. Under load the reply is
/// a deferral sent at once, and the answer follows through the interaction webhook: Discord's deadline is 3 s.
/// </summary>
internal sealed class InteractionsEndpoint(
    InteractionDispatcher dispatcher,
    InteractionWork work,
    ReplayGuard replays,
    IOptions<DiscordOptions> options,
    TimeProvider time,
    ILogger<InteractionsEndpoint> logger)
{
    public const string Path = "/discord/interactions";
    public const string Platform = "discord";
    private const int MaxBodyBytes = 256 * 1024;
    private const string Restarting = "The bot is restarting; try again in a moment.";

    /// <summary>Our reply must reach Discord within 3 s; the dispatcher defers well before this, and the endpoint defers for it here at the latest.</summary>
    private static readonly TimeSpan ResponseBudget = TimeSpan.FromSeconds(2.5);

    private readonly Ed25519Verifier _verifier = new(options.Value.PublicKey ?? throw new InvalidOperationException("Airspace:Discord:PublicKey is required in Http mode."));

    public async Task HandleAsync(HttpContext http)
    {
        // The deadline runs from the request's arrival, whatever happens before the answer is computed.
        var arrived = time.GetTimestamp();
        var signature = http.Request.Headers["X-Signature-Ed25519"].ToString();
        var timestamp = http.Request.Headers["X-Signature-Timestamp"].ToString();
        if (signature.Length != 128 || ParseFresh(timestamp) is not { } signedAt)
        {
            Refuse(http, StatusCodes.Status401Unauthorized, signature.Length != 128 ? "missing or malformed signature" : "missing or stale timestamp");
            return;
        }

        var body = await ReadBodyAsync(http, http.RequestAborted).ConfigureAwait(false);
        if (body is null)
        {
            Refuse(http, StatusCodes.Status413PayloadTooLarge, "body too large");
            return;
        }

        if (!_verifier.Verify(signature, timestamp, body))
        {
            Refuse(http, StatusCodes.Status401Unauthorized, "bad signature");
            return;
        }

        var interaction = Parse(body);
        if (interaction is null)
        {
            http.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        // A signed request stays valid for the whole signature window, so its id is kept (in the store) until then.
        if (!await replays.TryAcceptAsync(Platform, interaction.Id, signedAt + options.Value.MaxSignatureAge, http.RequestAborted).ConfigureAwait(false))
        {
            Refuse(http, StatusCodes.Status401Unauthorized, "interaction replayed");
            return;
        }

        var response = interaction.Type == Interaction.Ping
            ? InteractionDispatcher.Acknowledgement(interaction)
            : await AnswerAsync(interaction, arrived, http.RequestAborted).ConfigureAwait(false);
        http.Response.StatusCode = StatusCodes.Status200OK;
        http.Response.ContentType = "application/json";
        await http.Response.Body.WriteAsync(DiscordJson.Serialize(response), http.RequestAborted).ConfigureAwait(false);
    }

    private async Task<InteractionResponse> AnswerAsync(Interaction interaction, long arrived, CancellationToken requestAborted)
    {
        var acknowledgement = InteractionDispatcher.Acknowledgement(interaction);
        if (work.IsStopping)
        {
            // Nothing would follow a deferral up once the host is stopping: say so at once instead.
            return acknowledgement.Type == InteractionResponse.DeferredChannelMessage || acknowledgement.Type == InteractionResponse.DeferredUpdateMessage
                ? new InteractionResponse(InteractionResponse.ChannelMessage, new MessagePayload { Content = Restarting, Flags = MessagePayload.EphemeralFlag })
                : acknowledgement;
        }

        var callback = new HttpInteractionCallback();

        // The work outlives this request when it is deferred: its answer then goes through the interaction webhook.
        work.Run(
            interaction.Id,
            interaction.Data?.Name ?? "",
            whenQueued: ct => callback.RespondAsync(acknowledgement, ct),
            work: ct => dispatcher.HandleAsync(interaction, callback, ct));
        try
        {
            var left = ResponseBudget - time.GetElapsedTime(arrived);
            await callback.Response.WaitAsync(left > TimeSpan.Zero ? left : TimeSpan.Zero, time, requestAborted).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is TimeoutException or OperationCanceledException)
        {
            // Out of time (or the handler gave no first response): defer on its behalf; it follows up when done.
            await callback.RespondAsync(acknowledgement, CancellationToken.None).ConfigureAwait(false);
        }

        return await callback.Response.ConfigureAwait(false);
    }

    private void Refuse(HttpContext http, int status, string reason)
    {
        DiscordLog.InteractionSignatureRejected(logger, reason);
        http.Response.StatusCode = status;
    }

    private static Interaction? Parse(byte[] body)
    {
        try
        {
            return JsonSerializer.Deserialize<Interaction>(body, DiscordJson.Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The signed time, when it is a number of seconds within <see cref="DiscordOptions.MaxSignatureAge"/> of our clock.</summary>
    private DateTimeOffset? ParseFresh(string timestamp)
    {
        if (!long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            return null;
        }

        var signedAt = DateTimeOffset.FromUnixTimeSeconds(Math.Clamp(seconds, 0, 253_402_300_799));
        return (time.GetUtcNow() - signedAt).Duration() <= options.Value.MaxSignatureAge ? signedAt : null;
    }

    private static async Task<byte[]?> ReadBodyAsync(HttpContext http, CancellationToken ct)
    {
        if (http.Request.ContentLength > MaxBodyBytes)
        {
            return null;
        }

        // The server enforces it too (on chunked bodies as well); the loop below holds whatever server this runs on.
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = MaxBodyBytes;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        try
        {
            while ((read = await http.Request.Body.ReadAsync(chunk, ct).ConfigureAwait(false)) > 0)
            {
                if (buffer.Length + read > MaxBodyBytes)
                {
                    return null;
                }

                buffer.Write(chunk, 0, read);
            }
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return null;
        }

        return buffer.ToArray();
    }
}
