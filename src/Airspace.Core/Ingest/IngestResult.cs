namespace Airspace.Core.Ingest;

/// <summary>What happened to one incoming article. <see cref="Error"/> is set (and Outcome null) when it was refused.</summary>
public sealed record IngestResult(UpsertOutcome? Outcome, string? Title, string? Error)
{
    public static IngestResult Refused(string error) => new(null, null, error);
}
