using System.Globalization;
using System.Security.Cryptography;
using Airspace.Core.Commands;
using Airspace.Discord.Wire;

namespace Airspace.Discord.Rendering;

/// <summary>
/// Paging buttons. A button's custom_id carries the command, page and query (<c>search:2:=Su-57</c>) when that fits in
/// Discord's 100 characters; a longer query is kept in a short-lived map and the id carries its key (<c>search:2:~a1b2…</c>).
/// The map holds at most <see cref="MaxKeys"/> queries: when full, the oldest goes first (every key lives as long as
/// the others, so the oldest is also the nearest to expiry), and its buttons say the search expired.
/// </summary>
internal sealed class SearchButtons(TimeProvider time)
{
    public static readonly TimeSpan KeyLifetime = TimeSpan.FromHours(1);
    public const int MaxKeys = 10_000;

    private readonly Lock _gate = new();
    private readonly Dictionary<string, (string Query, DateTimeOffset Expires)> _queries = new(StringComparer.Ordinal);
    private readonly Queue<string> _order = new();

    public ActionRow? Row(ReplyPaging paging)
    {
        var buttons = new List<Button>();
        if (paging.HasPrevious)
        {
            buttons.Add(new Button("◀ Previous", CustomId(paging.Command, paging.Page - 1, paging.Query)));
        }

        if (paging.HasNext)
        {
            buttons.Add(new Button("Next ▶", CustomId(paging.Command, paging.Page + 1, paging.Query)));
        }

        return buttons.Count == 0 ? null : new ActionRow(buttons);
    }

    public string CustomId(string command, int page, string query)
    {
        var head = $"{command}:{page.ToString(CultureInfo.InvariantCulture)}:";
        if (head.Length + 1 + query.Length <= Button.MaxCustomIdLength)
        {
            return head + "=" + query;
        }

        return head + "~" + Remember(query);
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
        if (reference[0] == '=')
        {
            query = reference[1..];
        }
        else if (reference[0] == '~')
        {
            lock (_gate)
            {
                query = _queries.TryGetValue(reference[1..], out var entry) && entry.Expires > time.GetUtcNow() ? entry.Query : null;
            }
        }
        else
        {
            return false;
        }

        return true;
    }

    private string Remember(string query)
    {
        var now = time.GetUtcNow();
        var id = Convert.ToHexString(RandomNumberGenerator.GetBytes(6)).ToLowerInvariant();
        lock (_gate)
        {
            while (_order.TryPeek(out var oldest) && (_queries.Count >= MaxKeys || _queries[oldest].Expires <= now))
            {
                _queries.Remove(_order.Dequeue());
            }

            if (_queries.TryAdd(id, (query, now + KeyLifetime)))
            {
                _order.Enqueue(id);
            }
        }

        return id;
    }
}
