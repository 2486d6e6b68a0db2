using System.Globalization;
using System.Text.Json;
using Airspace.Discord.Interactions;
using Airspace.Discord.Wire;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Airspace.Discord.Http;

/// <summary>
/// <c>POST /discord/interactions</c> (Http mode). Checks the Ed25519 signature over the exact bytes received (Discord
/// sends forged requests on purpose; accepting one gets the endpoint removed) and the timestamp's freshness, answers
/// PING with PONG, and otherwise answers in the HTTP reply through the same dispatcher as gateway interactions.
/// </summary>
internal sealed class InteractionsEndpoint(
    InteractionDispatcher dispatcher,
    IOptions<DiscordOptions> options,
    TimeProvider time,
    ILogger<InteractionsEndpoint> logger)
{
    public const string Path = "/discord/interactions";
    private const int MaxBodyBytes = 256 * 1024;

    /// <summary>Our reply must reach Discord within 3 s; the dispatcher defers well before this.</summary>
    private static readonly TimeSpan ResponseBudget = TimeSpan.FromSeconds(2.8);

    private readonly Ed25519Verifier _verifier = new(options.Value.PublicKey ?? throw new InvalidOperationException("Airspace:Discord:PublicKey is required in Http mode."));

    public async Task HandleAsync(HttpContext http)
    {
        var body = await ReadBodyAsync(http.Request, http.RequestAborted).ConfigureAwait(false);
        var signature = http.Request.Headers["X-Signature-Ed25519"].ToString();
        var timestamp = http.Request.Headers["X-Signature-Timestamp"].ToString();
        if (body is null || !Fresh(timestamp) || !_verifier.Verify(signature, timestamp, body))
        {
            Log.InteractionSignatureRejected(logger, body is null ? "body too large" : Fresh(timestamp) ? "bad signature" : "missing or stale timestamp");
            http.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return;
        }

        Interaction? interaction;
        try
        {
            interaction = JsonSerializer.Deserialize<Interaction>(body, DiscordJson.Options);
        }
        catch (JsonException)
        {
            interaction = null;
        }

        if (interaction is null)
        {
            http.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        var callback = new HttpInteractionCallback();
        // The work outlives this request when it is deferred: its follow-up goes through the webhook endpoint.
        var work = Task.Run(() => dispatcher.HandleAsync(interaction, callback, CancellationToken.None), CancellationToken.None);
        _ = work.ContinueWith(t => Log.InteractionHandlerFailed(logger, t.Exception!, interaction.Id, interaction.Data?.Name ?? ""), CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);

        try
        {
            await Task.WhenAny(callback.Response, work).WaitAsync(ResponseBudget, time, http.RequestAborted).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is TimeoutException or OperationCanceledException)
        {
        }

        callback.Close();
        var response = callback.Response.IsCompletedSuccessfully ? callback.Response.Result : null;
        if (response is null)
        {
            // A duplicate delivery, or nothing in time: Discord shows "interaction failed" rather than a wrong answer.
            http.Response.StatusCode = StatusCodes.Status500InternalServerError;
            return;
        }

        http.Response.StatusCode = StatusCodes.Status200OK;
        http.Response.ContentType = "application/json";
        await http.Response.Body.WriteAsync(DiscordJson.Serialize(response), http.RequestAborted).ConfigureAwait(false);
    }

    private bool Fresh(string timestamp) =>
        long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
        && (time.GetUtcNow() - DateTimeOffset.FromUnixTimeSeconds(Math.Clamp(seconds, 0, 253_402_300_799))).Duration() <= options.Value.MaxSignatureAge;

    private static async Task<byte[]?> ReadBodyAsync(HttpRequest request, CancellationToken ct)
    {
        if (request.ContentLength > MaxBodyBytes)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, ct).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > MaxBodyBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
