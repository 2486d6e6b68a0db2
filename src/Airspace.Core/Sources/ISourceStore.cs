namespace Airspace.Core.Sources;

/// <summary>Sources added at run time (<c>airspace sources add</c>); configured sources live in configuration.</summary>
public interface ISourceStore
{
    /// <summary>Adds or replaces the stored source with this name (names compare case-insensitively).</summary>
    Task AddAsync(SourceDefinition source, CancellationToken ct);

    /// <summary>Removes the stored source and its polling state; false if there was none.</summary>
    Task<bool> RemoveAsync(string name, CancellationToken ct);

    Task<IReadOnlyList<SourceDefinition>> ListAsync(CancellationToken ct);
}
