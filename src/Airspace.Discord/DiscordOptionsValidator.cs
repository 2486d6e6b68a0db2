using Airspace.Core.Configuration;
using Microsoft.Extensions.Options;

namespace Airspace.Discord;

/// <summary>
/// Runs <see cref="DiscordOptions.Validate"/> at start-up, then the plain-http rule for the URLs that carry the token;
/// a bad value stops the bot with one sentence naming the key.
/// </summary>
internal sealed class DiscordOptionsValidator(bool httpListenerEnabled) : IValidateOptions<DiscordOptions>
{
    public ValidateOptionsResult Validate(string? name, DiscordOptions options) =>
        (options.Validate(httpListenerEnabled) ?? PlainUrls(options)) is { } error ? ValidateOptionsResult.Fail(error) : ValidateOptionsResult.Success;

    private static string? PlainUrls(DiscordOptions options) =>
        PlainHttp.Refusal("Airspace:Discord:ApiBaseUrl", new Uri(options.ApiBaseUrl), options.AllowInsecureHttp)
        ?? PlainHttp.Refusal("Airspace:Discord:GatewayUrl", options.GatewayUrl is { Length: > 0 } gateway ? new Uri(gateway) : null, options.AllowInsecureHttp);
}
