namespace Airspace.Discord.Startup;

/// <summary>
/// Checks the token before the bot starts (<c>GET /applications/@me</c>, which also gives the application id): a
/// malformed or rejected token stops the bot with one sentence. An unreachable Discord does not: the loops retry.
/// </summary>
internal sealed class DiscordBootstrap(
    DiscordRestClient rest,
    DiscordApplication application,
    DiscordStatus status,
    IOptions<DiscordOptions> options,
    TimeProvider time,
    ILogger<DiscordBootstrap> logger)
{
    public async Task StartAsync(CancellationToken ct)
    {
        if (!LooksLikeToken(options.Value.Token))
        {
            throw new PlatformStartupException("Airspace:Discord:Token is not a Discord bot token (three dot-separated parts, without a \"Bot \" prefix); copy it from the Bot page of your application in the Discord Developer Portal.");
        }

        using var timeout = new CancellationTokenSource(options.Value.StartupTimeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(ct, timeout.Token);
        RestResult result;
        try
        {
            result = await rest.SendAsync(new RestRequest(RestRoute.GetApplication()) { MaxRateLimitWait = TimeSpan.FromSeconds(5), HaltsOnUnauthorized = false }, linked.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            DiscordLog.StartupCheckSkipped(logger, "no answer within Airspace:Discord:StartupTimeout");
            return;
        }

        if (result.Kind == RestResultKind.Unauthorized)
        {
            const string sentence = "Discord rejected Airspace:Discord:Token (401 Unauthorized); reset the bot token in the Discord Developer Portal and set Airspace__Discord__Token to the new one.";
            status.Halt(sentence, announce: false);
            throw new PlatformStartupException(sentence);
        }

        if (!result.IsSuccess || result.Body is not { } body || DiscordJson.Deserialize<ApplicationInfo>(body) is not { Id.Length: > 0 } info)
        {
            DiscordLog.StartupCheckSkipped(logger, result.Describe());
            return;
        }

        if (application.Id is { } configured && configured != info.Id)
        {
            DiscordLog.ApplicationIdMismatch(logger, configured, info.Id);
        }

        application.Set(info.Id);
        DiscordLog.DiscordStarted(logger, info.Name ?? "", info.Id, options.Value.IsHttpMode ? DiscordOptions.HttpMode : DiscordOptions.GatewayMode);
    }

    internal static bool LooksLikeToken(string? token)
    {
        var parts = token?.Split('.');
        return parts is { Length: 3 } && parts.All(p => p.Length > 0 && p.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'));
    }
}
