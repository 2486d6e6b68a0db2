namespace Airspace.Core.Sources;

/// <summary>The outcome of <see cref="ISourceAdmin.RemoveAsync"/>.</summary>
public enum SourceRemoveOutcome
{
    Removed,

    /// <summary>No stored source has that name.</summary>
    NotFound,

    /// <summary>The name is a configured source's: it is removed from the configuration, not here.</summary>
    Configured,
}
