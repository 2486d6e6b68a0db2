namespace Airspace.Telegram.Rendering;

/// <summary>Bot API limits (protocols/telegram.md §3).</summary>
internal static class TelegramLimits
{
    /// <summary>
    /// Message text after entity parsing, in code points. We count UTF-16 units of the plain text, which is never
    /// fewer, so staying within it in C# lengths is always within Telegram's limit.
    /// </summary>
    public const int MessageText = 4096;

    /// <summary>Bytes of callback_data in an inline button.</summary>
    public const int CallbackData = 64;

    /// <summary>Results in one answerInlineQuery.</summary>
    public const int InlineResults = 50;

    /// <summary>Bytes of an inline result id and of next_offset.</summary>
    public const int InlineResultId = 64;
}
