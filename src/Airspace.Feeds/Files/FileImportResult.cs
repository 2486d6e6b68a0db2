using Airspace.Core.Articles;

namespace Airspace.Feeds.Files;

/// <summary>What importing one article file did.</summary>
public sealed record FileImportResult
{
    /// <summary>One outcome per article the store accepted (inserted, updated or unchanged).</summary>
    public IReadOnlyList<UpsertOutcome> Stored { get; init; } = [];

    /// <summary>Articles of the file that were refused, as "which: why".</summary>
    public IReadOnlyList<string> Refused { get; init; } = [];

    /// <summary>What the report should say about articles that were stored changed (e.g. a text cut at the limit).</summary>
    public IReadOnlyList<string> Notices { get; init; } = [];

    /// <summary>Why the whole file could not be read (null when it was read).</summary>
    public string? FileError { get; init; }

    /// <summary>The file is locked by its writer or another reader: try again later rather than give up on it.</summary>
    public bool FileBusy { get; init; }
}
