namespace Airspace.Telegram.Transport.Api;

/// <summary>Who the bot is (from getMe): needed to tell "/cmd@thisbot" from commands for other bots, and for admin checks.</summary>
internal sealed record BotIdentity(long Id, string Username, bool CanReadAllGroupMessages, bool SupportsInlineQueries);
