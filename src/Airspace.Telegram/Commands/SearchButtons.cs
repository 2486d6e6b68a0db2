using System.Globalization;
using System.Text;
using Airspace.Core.Commands;
using Airspace.Core.Interactions;
using Telegram.Bot.Types.ReplyMarkups;

namespace Airspace.Telegram.Commands;

/// <summary>
/// Telegram's wire form of Core's <see cref="ReplyPaging"/>: Prev/Next buttons of a search. callback_data holds at
/// most 64 bytes, so a short query rides in the button itself (<c>s:2:Su-57</c>); a longer one is kept in Core's
/// <see cref="PagingKeys"/> (<c>k:2:Xy3…</c>) for <see cref="TelegramOptions.SearchButtonLifetime"/>, after which its
/// buttons say the search expired. The keys are in the store, so a button works on any replica and after a restart.
/// </summary>
internal sealed class SearchButtons(IPagingKeyStore store, IOptions<TelegramOptions> settings, TimeProvider time, ILogger<SearchButtons> logger)
{
    /// <summary>The only paged command; its buttons carry no command name (64 bytes are few).</summary>
    public static readonly string Command = SearchCommand.Definition.Name;

    private readonly PagingKeys _keys = new(store, time, settings.Value.SearchButtonLifetime, logger);

    public async Task<InlineKeyboardMarkup?> KeyboardAsync(ReplyPaging? paging, CancellationToken ct)
    {
        if (paging is null || paging.Command != Command || (!paging.HasPrevious && !paging.HasNext))
        {
            return null;
        }

        var buttons = new List<InlineKeyboardButton>();
        if (paging.HasPrevious)
        {
            buttons.Add(InlineKeyboardButton.WithCallbackData("‹ " + ChatText.Get("telegram.previous"), await EncodeAsync(paging.Query, paging.Page - 1, ct).ConfigureAwait(false)));
        }

        if (paging.HasNext)
        {
            buttons.Add(InlineKeyboardButton.WithCallbackData(ChatText.Get("button.next") + " ›", await EncodeAsync(paging.Query, paging.Page + 1, ct).ConfigureAwait(false)));
        }

        return new InlineKeyboardMarkup(buttons);
    }

    public async Task<string> EncodeAsync(string query, int page, CancellationToken ct)
    {
        var pageText = page.ToString(CultureInfo.InvariantCulture);
        var inline = $"s:{pageText}:{query}";
        return Encoding.UTF8.GetByteCount(inline) <= TelegramLimits.CallbackData ? inline : $"k:{pageText}:{await _keys.RememberAsync(query, ct).ConfigureAwait(false)}";
    }

    /// <summary>The query and page of a button; null for foreign data or an expired key.</summary>
    public async Task<(string Query, int Page)?> DecodeAsync(string? data, CancellationToken ct)
    {
        if (data is null || data.Length < 4 || data[1] != ':')
        {
            return null;
        }

        var colon = data.IndexOf(':', 2);
        if (colon < 0 || !int.TryParse(data.AsSpan(2, colon - 2), NumberStyles.None, CultureInfo.InvariantCulture, out var page) || page < 1)
        {
            return null;
        }

        var rest = data[(colon + 1)..];
        var query = data[0] switch
        {
            's' => rest,
            'k' when rest.Length == PagingKeys.KeyLength => await _keys.RecallAsync(rest, ct).ConfigureAwait(false),
            _ => null,
        };
        return query is { Length: > 0 } ? (query, page) : null;
    }
}
