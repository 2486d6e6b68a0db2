using System.Globalization;
using System.Text;
using Airspace.Core.Commands;
using Telegram.Bot.Types.ReplyMarkups;

namespace Airspace.Telegram.Commands;

/// <summary>
/// Telegram's wire form of Core's <see cref="ReplyPaging"/>: Prev/Next buttons of a search. callback_data holds at
/// most 64 bytes, so a short query rides in the button itself (<c>s:2:Su-57</c>); a longer one is kept in Core's
/// <see cref="PagingKeys"/> (<c>k:2:Xy3…</c>) for <see cref="TelegramOptions.SearchButtonLifetime"/>, after which its
/// buttons say the search expired.
/// </summary>
internal sealed class SearchButtons(IOptions<TelegramOptions> settings, TimeProvider time)
{
    /// <summary>The only paged command; its buttons carry no command name (64 bytes are few).</summary>
    public static readonly string Command = SearchCommand.Definition.Name;

    private readonly PagingKeys _keys = new(time, settings.Value.SearchButtonLifetime);

    public InlineKeyboardMarkup? Keyboard(ReplyPaging? paging)
    {
        if (paging is null || paging.Command != Command || (!paging.HasPrevious && !paging.HasNext))
        {
            return null;
        }

        var buttons = new List<InlineKeyboardButton>();
        if (paging.HasPrevious)
        {
            buttons.Add(InlineKeyboardButton.WithCallbackData("‹ " + ChatText.Get("telegram.previous"), Encode(paging.Query, paging.Page - 1)));
        }

        if (paging.HasNext)
        {
            buttons.Add(InlineKeyboardButton.WithCallbackData(ChatText.Get("button.next") + " ›", Encode(paging.Query, paging.Page + 1)));
        }

        return new InlineKeyboardMarkup(buttons);
    }

    public string Encode(string query, int page)
    {
        var pageText = page.ToString(CultureInfo.InvariantCulture);
        var inline = $"s:{pageText}:{query}";
        return Encoding.UTF8.GetByteCount(inline) <= TelegramLimits.CallbackData ? inline : $"k:{pageText}:{_keys.Remember(query)}";
    }

    /// <summary>The query and page of a button; false for foreign data or an expired key.</summary>
    public bool TryDecode(string? data, out string query, out int page)
    {
        query = "";
        page = 0;
        if (data is null || data.Length < 4 || data[1] != ':')
        {
            return false;
        }

        var colon = data.IndexOf(':', 2);
        if (colon < 0 || !int.TryParse(data.AsSpan(2, colon - 2), NumberStyles.None, CultureInfo.InvariantCulture, out page) || page < 1)
        {
            return false;
        }

        var rest = data[(colon + 1)..];
        switch (data[0])
        {
            case 's':
                query = rest;
                return query.Length > 0;
            case 'k' when _keys.Recall(rest) is { } kept:
                query = kept;
                return true;
            default:
                return false;
        }
    }
}
