using System.Globalization;
using Airspace.Core.Commands;
using Airspace.Core.Interactions;

namespace Airspace.Discord.Rendering;

/// <summary>
/// Discord's wire form of Core's <see cref="ReplyPaging"/>: a button's custom_id carries the command, page and query
/// (<c>search:2:=Su-57</c>) when that fits in Discord's 100 characters; a longer query is kept in Core's
/// <see cref="PagingKeys"/> and the id carries its key (<c>search:2:~a1B2…</c>). The keys are in the store, so a
/// button works on any replica behind the HTTP interactions endpoint and after a restart.
/// </summary>
internal sealed class SearchButtons(IPagingKeyStore store, TimeProvider time, ILogger<SearchButtons> logger)
{
    public static readonly TimeSpan KeyLifetime = TimeSpan.FromHours(1);

    private readonly PagingKeys _keys = new(store, time, KeyLifetime, logger);

    public async Task<ActionRow?> RowAsync(ReplyPaging paging, CancellationToken ct)
    {
        var buttons = new List<Button>();
        if (paging.HasPrevious)
        {
            buttons.Add(new Button("◀ " + ChatText.Get("button.previous"), await CustomIdAsync(paging.Command, paging.Page - 1, paging.Query, ct).ConfigureAwait(false)));
        }

        if (paging.HasNext)
        {
            buttons.Add(new Button(ChatText.Get("button.next") + " ▶", await CustomIdAsync(paging.Command, paging.Page + 1, paging.Query, ct).ConfigureAwait(false)));
        }

        return buttons.Count == 0 ? null : new ActionRow(buttons);
    }

    public async Task<string> CustomIdAsync(string command, int page, string query, CancellationToken ct)
    {
        var head = $"{command}:{page.ToString(CultureInfo.InvariantCulture)}:";
        return head.Length + 1 + query.Length <= Button.MaxCustomIdLength ? head + "=" + query : head + "~" + await _keys.RememberAsync(query, ct).ConfigureAwait(false);
    }

    /// <summary>Null when the id is not a paging button; its query is null when its key expired.</summary>
    public async Task<PressedButton?> ParseAsync(string customId, CancellationToken ct)
    {
        var parts = customId.Split(':', 3);
        if (parts.Length != 3 || parts[2].Length == 0
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var page) || page < 1)
        {
            return null;
        }

        var reference = parts[2];
        return reference[0] switch
        {
            '=' => new PressedButton(parts[0], page, reference[1..]),
            '~' => new PressedButton(parts[0], page, reference.Length == PagingKeys.KeyLength + 1 ? await _keys.RecallAsync(reference[1..], ct).ConfigureAwait(false) : null),
            _ => null,
        };
    }
}
