using Telegram.Bot.Types;
using Telegram.Bot.Types.ReplyMarkups;

namespace Airspace.Telegram.Rendering;

/// <summary>
/// One message ready to send: <see cref="Html"/> for HTML parse mode and <see cref="Plain"/>, the same text as
/// Telegram will parse it, used for length checks and as the fallback when Telegram rejects the HTML.
/// </summary>
internal sealed record OutgoingMessage(string Html, string Plain, InlineKeyboardMarkup? Keyboard, LinkPreviewOptions Preview);
