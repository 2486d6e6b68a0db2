namespace Airspace.Core.Sources;

/// <summary>Every source the bot follows (configured and stored), with its state.</summary>
public interface ISourceCatalog
{
    Task<IReadOnlyList<SourceStatus>> ListAsync(CancellationToken ct);
}
