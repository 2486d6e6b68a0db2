using System.Net;
using Telegram.Bot.Exceptions;

namespace Airspace.Telegram.Transport.Api;

/// <summary>A classified Bot API failure. <see cref="Description"/> is scrubbed of the token.</summary>
internal sealed record BotFailure(BotFailureKind Kind, string Description, int? ErrorCode = null, TimeSpan? RetryAfter = null, long? MigrateToChatId = null)
{
    // Substrings of tdlib / Bot API descriptions (protocols/telegram.md §3), matched case-insensitively.
    private static readonly string[] GoneDescriptions =
    [
        "chat not found", "message thread not found", "topic_closed", "topic_deleted", "not enough rights",
        "have no rights", "need administrator rights", "chat_write_forbidden", "chat is deactivated",
    ];

    public static BotFailure From(Exception exception, Redactor redactor)
    {
        switch (exception)
        {
            case ApiRequestException api:
                return FromApi(api, redactor);
            case RequestException request:
                return new BotFailure(BotFailureKind.Transient, redactor.Describe(request), request.HttpStatusCode is { } status ? (int)status : null);
            default:
                return new BotFailure(BotFailureKind.Transient, redactor.Describe(exception));
        }
    }

    private static BotFailure FromApi(ApiRequestException api, Redactor redactor)
    {
        var description = redactor.Scrub(api.Message);
        var code = api.ErrorCode;
        if (code == (int)HttpStatusCode.TooManyRequests)
        {
            return new BotFailure(BotFailureKind.RateLimited, description, code, TimeSpan.FromSeconds(Math.Max(0, api.Parameters?.RetryAfter ?? 1)));
        }

        if (api.Parameters?.MigrateToChatId is { } migrateTo)
        {
            return new BotFailure(BotFailureKind.Migrated, description, code, MigrateToChatId: migrateTo);
        }

        var kind = code switch
        {
            401 or 404 => BotFailureKind.BadToken,
            409 => BotFailureKind.Conflict,
            403 => BotFailureKind.ChatGone,
            >= 500 => BotFailureKind.Transient,
            400 when Has(description, "message is not modified") => BotFailureKind.NotModified,
            400 when Has(description, "can't parse entities") => BotFailureKind.ParseError,
            400 when GoneDescriptions.Any(d => Has(description, d)) => BotFailureKind.ChatGone,
            >= 400 and < 500 => BotFailureKind.Rejected,
            _ => BotFailureKind.Transient,
        };
        return new BotFailure(kind, description, code);
    }

    private static bool Has(string text, string part) => text.Contains(part, StringComparison.OrdinalIgnoreCase);
}
