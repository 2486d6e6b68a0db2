namespace Airspace.Core.Subscriptions;

/// <summary>
/// The sources a subscription may name: the followed feeds and the built-in <see cref="InboxSource"/>. Checks what a
/// user typed and describes what a subscription follows (with a warning when none of its sources exists any more).
/// </summary>
public sealed record SourceChoice(IReadOnlyList<string> Names)
{
    public static async Task<SourceChoice> LoadAsync(ISourceCatalog catalog, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var feeds = (await catalog.ListAsync(ct).ConfigureAwait(false)).Select(s => s.Definition.Name);
        return new SourceChoice([.. feeds.Append(InboxSource.Name).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase)]);
    }

    /// <summary>
    /// The names as the sources spell them; none requested is null (every source, including later ones). An unknown
    /// name is an error naming the valid ones.
    /// </summary>
    public bool TryResolve(IEnumerable<string> requested, out IReadOnlyList<string>? sources, out string error)
    {
        ArgumentNullException.ThrowIfNull(requested);
        var chosen = new List<string>();
        foreach (var name in requested.Select(n => n.Trim()).Where(n => n.Length > 0))
        {
            var known = Names.FirstOrDefault(n => string.Equals(n, name, StringComparison.OrdinalIgnoreCase));
            if (known is null)
            {
                sources = null;
                error = ChatText.Format("sourceChoice.unknown", name, string.Join(", ", Names));
                return false;
            }

            if (!chosen.Contains(known, StringComparer.OrdinalIgnoreCase))
            {
                chosen.Add(known);
            }
        }

        sources = chosen.Count == 0 ? null : chosen;
        error = "";
        return true;
    }

    /// <summary>
    /// "from antara, inbox", removed ones marked; a subscription none of whose sources exists gets a warning that it
    /// receives nothing. Null for a subscription to every source.
    /// </summary>
    public string? Describe(Subscription subscription)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        if (subscription.Sources is null)
        {
            return null;
        }

        var gone = subscription.Sources.Where(s => !Names.Contains(s, StringComparer.OrdinalIgnoreCase)).ToArray();
        var listed = string.Join(", ", subscription.Sources.Select(s => gone.Contains(s) ? ChatText.Format("sourceChoice.removed", s) : s));
        return ChatText.Format(gone.Length == subscription.Sources.Count ? "sourceChoice.noneLeft" : "sourceChoice.from", listed);
    }
}
