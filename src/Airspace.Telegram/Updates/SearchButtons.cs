using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Airspace.Core.Commands;
using Airspace.Telegram.Rendering;
using Microsoft.Extensions.Options;
using Telegram.Bot.Types.ReplyMarkups;

namespace Airspace.Telegram.Updates;

/// <summary>
/// Prev/Next buttons of a search. callback_data holds at most 64 bytes, so a short query rides in the button itself
/// (<c>s:2:Su-57</c>); a longer one is kept here under a short random key (<c>k:2:Xy3…</c>) for
/// <see cref="TelegramOptions.SearchButtonLifetime"/>, after which its buttons say the search expired.
/// </summary>
internal sealed class SearchButtons(IOptions<TelegramOptions> settings, TimeProvider time)
{
    private readonly TelegramOptions _options = settings.Value;

    private const int MaxStored = 10_000;
    private const int KeyLength = 12;
    private readonly ConcurrentDictionary<string, (string Query, DateTimeOffset Until)> _byKey = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _keyByQuery = new(StringComparer.Ordinal);

    public InlineKeyboardMarkup? Keyboard(ReplyPaging? paging)
    {
        if (paging is null || paging.Command != "search" || (!paging.HasPrevious && !paging.HasNext))
        {
            return null;
        }

        var buttons = new List<InlineKeyboardButton>();
        if (paging.HasPrevious)
        {
            buttons.Add(InlineKeyboardButton.WithCallbackData("‹ Prev", Encode(paging.Query, paging.Page - 1)));
        }

        if (paging.HasNext)
        {
            buttons.Add(InlineKeyboardButton.WithCallbackData("Next ›", Encode(paging.Query, paging.Page + 1)));
        }

        return new InlineKeyboardMarkup(buttons);
    }

    public string Encode(string query, int page)
    {
        var pageText = page.ToString(CultureInfo.InvariantCulture);
        var inline = $"s:{pageText}:{query}";
        if (Encoding.UTF8.GetByteCount(inline) <= TelegramLimits.CallbackData)
        {
            return inline;
        }

        var now = time.GetUtcNow();
        var key = _keyByQuery.TryGetValue(query, out var known) && _byKey.TryGetValue(known, out var entry) && entry.Until > now
            ? known
            : RandomNumberGenerator.GetString("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", KeyLength);
        if (_byKey.Count >= MaxStored)
        {
            Prune(now);
        }

        _byKey[key] = (query, now + _options.SearchButtonLifetime);
        _keyByQuery[query] = key;
        return $"k:{pageText}:{key}";
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
            case 'k' when _byKey.TryGetValue(rest, out var entry) && entry.Until > time.GetUtcNow():
                query = entry.Query;
                return true;
            default:
                return false;
        }
    }

    private void Prune(DateTimeOffset now)
    {
        foreach (var (key, entry) in _byKey.ToArray())
        {
            if (entry.Until <= now || _byKey.Count >= MaxStored)
            {
                _byKey.TryRemove(key, out _);
                _keyByQuery.TryRemove(entry.Query, out _);
            }
        }
    }
}
