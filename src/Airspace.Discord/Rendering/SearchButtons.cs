using System.Globalization;
using Airspace.Core.Commands;

namespace Airspace.Discord.Rendering;

/// <summary>
/// Discord's wire form of Core's <see cref="ReplyPaging"/>: a button's custom_id carries the command, page and query
/// (<c>search:2:=Su-57</c>) when that fits in Discord's 100 characters; a longer query is kept in Core's
/// <see cref="PagingKeys"/> and the id carries its key (<c>search:2:~a1B2…</c>).
/// </summary>
internal sealed class SearchButtons(TimeProvider time)
{
    public static readonly TimeSpan KeyLifetime = TimeSpan.FromHours(1);
    public const int MaxKeys = PagingKeys.DefaultCapacity;

    private readonly PagingKeys _keys = new(time, KeyLifetime, MaxKeys);

    public ActionRow? Row(ReplyPaging paging)
    {
        var buttons = new List<Button>();
        if (paging.HasPrevious)
        {
            buttons.Add(new Button("◀ " + ChatText.Get("button.previous"), CustomId(paging.Command, paging.Page - 1, paging.Query)));
        }

        if (paging.HasNext)
        {
            buttons.Add(new Button(ChatText.Get("button.next") + " ▶", CustomId(paging.Command, paging.Page + 1, paging.Query)));
        }

        return buttons.Count == 0 ? null : new ActionRow(buttons);
    }

    public string CustomId(string command, int page, string query)
    {
        var head = $"{command}:{page.ToString(CultureInfo.InvariantCulture)}:";
        return head.Length + 1 + query.Length <= Button.MaxCustomIdLength ? head + "=" + query : head + "~" + _keys.Remember(query);
    }

    /// <summary>False when the id is not a paging button; <paramref name="query"/> is null when its key expired.</summary>
    public bool TryParse(string customId, out string command, out int page, out string? query)
    {
        command = "";
        page = 0;
        query = null;
        var parts = customId.Split(':', 3);
        if (parts.Length != 3 || parts[2].Length == 0
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out page) || page < 1)
        {
            return false;
        }

        command = parts[0];
        var reference = parts[2];
        switch (reference[0])
        {
            case '=':
                query = reference[1..];
                return true;
            case '~':
                query = _keys.Recall(reference[1..]);
                return true;
            default:
                return false;
        }
    }
}
