using Airspace.Core.Sources;

namespace Airspace.Feeds.Opml;

/// <summary>
/// <c>airspace sources import FILE.opml</c>: each feed outline becomes a stored source, without any network check
/// (the first poll checks it). An outline whose name or URL is already followed — or came earlier in the file — is
/// skipped, never replacing anything; an invalid one is refused. Both are reported.
/// </summary>
public sealed class OpmlImporter(SourceCatalog catalog, ISourceStore store, IOptions<FeedsOptions> options)
{
    /// <exception cref="Parsing.FeedFormatException">The file is not readable OPML.</exception>
    public async Task<OpmlImportReport> ImportAsync(ReadOnlyMemory<byte> file, CancellationToken ct)
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
