namespace Airspace.Feeds.Files;

/// <summary>
/// The one form of an import problem wherever it is reported (<c>airspace import</c> and <c>summarize --input</c> on
/// stderr, the inbox in <c>NAME.error.txt</c>): the file's name, which of its lines or articles, and why, as in
/// "batch.jsonl: line 7: invalid JSON at position 2: …".
/// </summary>
public static class ImportReport
{
    /// <param name="problem">"which: why" (an entry of <see cref="FileImportResult.Refused"/>) or the whole file's reason.</param>
    public static string Problem(string path, string problem) => $"{Path.GetFileName(path)}: {problem}";

    /// <summary>A bad line of a line-per-record file (JSON Lines), numbered from 1.</summary>
    public static string Line(string path, int line, string reason) => Problem(path, $"line {line}: {reason}");

    /// <summary>Every problem of one imported file, one a line: each refused article or line, then the file's own error.</summary>
    public static IEnumerable<string> Problems(string path, FileImportResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var problems = result.Refused.Select(refusal => Problem(path, refusal));
        return result.FileError is { } error ? problems.Append(Problem(path, error)) : problems;
    }
}
