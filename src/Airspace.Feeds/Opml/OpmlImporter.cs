using Airspace.Core.Sources;

namespace Airspace.Feeds.Opml;

/// <summary>
/// <c>airspace sources import FILE.opml</c>: each feed outline becomes a stored source, without any network check
/// (the first poll checks it). An outline whose name or URL is already followed — or came earlier in the file — is
/// skipped, never replacing anything; an invalid one is refused. Both are reported. A file cannot grant itself local
/// access: an outline asking for it (<c>airspace:local</c>) or naming a loopback or private address is refused unless
/// the operator passes <c>--local</c> (<paramref name="allowLocal"/>).
/// </summary>
public sealed class OpmlImporter(SourceCatalog catalog, ISourceStore store, IOptions<FeedsOptions> options)
{
    /// <exception cref="Parsing.FeedFormatException">The file is not readable OPML.</exception>
    public async Task<OpmlImportReport> ImportAsync(ReadOnlyMemory<byte> file, CancellationToken ct, bool allowLocal = false)
    {
        var entries = OpmlReader.Read(file.Span);
        var existing = await catalog.DefinitionsAsync(ct).ConfigureAwait(false);
        var names = existing.ToDictionary(s => s.Name, s => s.Name, StringComparer.OrdinalIgnoreCase);
        var urls = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var source in existing)
        {
            urls.TryAdd(source.Url.AbsoluteUri, source.Name);
        }

        var added = new List<string>();
        var skipped = new List<(string, string)>();
        var refused = new List<(string, string)>();
        foreach (var (outline, label, problem) in entries)
        {
            if ((problem ?? outline.Validate("outline")?.Replace("outline:", "", StringComparison.Ordinal)) is { } error)
            {
                refused.Add((label, error.TrimEnd('.')));
                continue;
            }

            var definition = outline.ToDefinition(options.Value.DefaultInterval) with { Stored = true };
            if (!allowLocal && definition.Local)
            {
                refused.Add((label, "it asks for local access (loopback and private addresses); add --local to import it"));
                continue;
            }

            if (AddressCheck.LiteralRefusal(definition.Url, allowLocal) is { } address)
            {
                refused.Add((label, allowLocal ? $"{definition.Url.IdnHost} is {address} address" : $"{definition.Url.IdnHost} is {address} address; {AddressCheck.LocalHint}"));
                continue;
            }

            if (allowLocal && !definition.Local && AddressCheck.LiteralRefusal(definition.Url, local: false) is not null)
            {
                definition = definition with { Local = true };
            }

            if (names.TryGetValue(definition.Name, out var sameName))
            {
                skipped.Add((label, $"a source named {sameName} already exists"));
            }
            else if (urls.TryGetValue(definition.Url.AbsoluteUri, out var sameUrl))
            {
                skipped.Add((label, $"{sameUrl} already follows this URL"));
            }
            else
            {
                await store.AddAsync(definition, ct).ConfigureAwait(false);
                names[definition.Name] = definition.Name;
                urls[definition.Url.AbsoluteUri] = definition.Name;
                added.Add(definition.Name);
            }
        }

        return new OpmlImportReport { Added = added, Skipped = skipped, Refused = refused };
    }
}
