using Airspace.Core.Articles;
using Airspace.Core.Sources;

namespace Airspace.Host.Seeding;

/// <summary>
/// <see cref="IDemoMode"/> from configuration and the store. A demo run has no platform token (Telegram token or token
/// file, Discord token, Discord webhooks) and no source (in <c>Airspace:Sources</c>, or added with
/// <c>airspace sources add</c>). Stored sources are read on every call, so adding one while the bot runs ends the demo
/// at once.
/// </summary>
public sealed class ConfiguredDemoMode(IConfiguration configuration, ISourceStore sources) : IDemoMode
{
    private readonly bool _configured = PlatformOrSourceConfigured(configuration);

    public async Task<bool> IsActiveAsync(CancellationToken ct) =>
        !_configured && (await sources.ListAsync(ct).ConfigureAwait(false)).Count == 0;

    /// <summary>The same tests the adapters use to switch themselves on (a key that is set and not blank).</summary>
    public static bool PlatformOrSourceConfigured(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var airspace = configuration.GetSection("Airspace");
        return IsSet(airspace["Telegram:Token"])
            || IsSet(airspace["Telegram:TokenFile"])
            || IsSet(airspace["Discord:Token"])
            || airspace.GetSection("Discord:Webhooks").GetChildren().Any()
            || airspace.GetSection("Sources").GetChildren().Any();
    }

    private static bool IsSet(string? value) => !string.IsNullOrWhiteSpace(value);
}
