using Microsoft.Extensions.Options;

namespace Airspace.Discord;

/// <summary>Runs <see cref="DiscordOptions.Validate"/> at start-up; a bad value stops the bot with one sentence naming the key.</summary>
internal sealed class DiscordOptionsValidator(bool httpListenerEnabled) : IValidateOptions<DiscordOptions>
{
    public ValidateOptionsResult Validate(string? name, DiscordOptions options) =>
        options.Validate(httpListenerEnabled) is { } error ? ValidateOptionsResult.Fail(error) : ValidateOptionsResult.Success;
}
