namespace Airspace.Core.Sources;

/// <summary>The outcome of <see cref="ISourceAdmin.AddAsync"/>: the saved source and what was found, or why nothing was saved.</summary>
public sealed record SourceAddResult
{
    /// <summary>Null when the source was saved.</summary>
    public SourceAddFailure? Failure { get; init; }

    /// <summary>The failure's specifics (<see cref="SourceAddFailure"/>); null on success.</summary>
    public string? Detail { get; init; }

    /// <summary>The URL as it may be shown (credentials and query values redacted); empty when it is not a URL.</summary>
    public string DisplayUrl { get; init; } = "";

    /// <summary>What the check found ("Found the WordPress REST API (advertised in the Link header): …"); null when unchecked.</summary>
    public string? Found { get; init; }

    /// <summary>The saved source; null on failure.</summary>
    public SourceDefinition? Source { get; init; }

    /// <summary>"Added NAME (KIND, URL). …": the confirmation every front end shows.</summary>
    public string? Confirmation { get; init; }

    public bool Added => Failure is null;

    public static SourceAddResult Fail(SourceAddFailure failure, string detail, string displayUrl = "") =>
        new() { Failure = failure, Detail = detail, DisplayUrl = displayUrl };
}
