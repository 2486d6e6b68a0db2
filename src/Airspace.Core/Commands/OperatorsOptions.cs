using System.Globalization;

namespace Airspace.Core.Commands;

/// <summary>
/// <c>Airspace:Operators</c>: the chat users who run the bot. They see what other chat users must not — the sources'
/// hosts, paths and error text — as the local operator (console, CLI) does.
/// </summary>
public sealed class OperatorsOptions : IValidatedOptions
{
    public const string SectionName = "Airspace:Operators";

    /// <summary>Telegram user ids (the numeric id, not the @username, which its owner can change or give away).</summary>
    public List<string> Telegram { get; } = [];

    /// <summary>Discord user ids (snowflakes).</summary>
    public List<string> Discord { get; } = [];

    /// <summary>Whether the caller is the local operator or a configured operator on the channel's platform.</summary>
    public bool Includes(CommandContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.IsOperator)
        {
            return true;
        }

        var ids = context.Channel.Platform switch
        {
            ChannelAddress.Telegram => Telegram,
            ChannelAddress.Discord => Discord,
            _ => [],
        };
        return context.UserId is { } user && ids.Contains(user, StringComparer.Ordinal);
    }

    public string? Validate() =>
        Telegram.FirstOrDefault(id => !long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n <= 0) is { } badTelegram
            ? $"{SectionName}:Telegram must list Telegram user ids (positive numbers, not @usernames); \"{badTelegram}\" is not one."
        : Discord.FirstOrDefault(id => !ulong.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n == 0) is { } badDiscord
            ? $"{SectionName}:Discord must list Discord user ids (numbers); \"{badDiscord}\" is not one."
        : null;
}
