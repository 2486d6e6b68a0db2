namespace Airspace.Feeds.Files;

/// <summary>
/// The one form of an import problem wherever it is reported (<c>airspace import</c> and <c>summarize --input</c> on
/// stderr, the inbox in <c>NAME.error.txt</c>): the file's name, which of its lines or articles, and why, as in
/// "batch.jsonl: line 7: invalid JSON at position 2: …".
/// </summary>
public static class ImportReport
{
    /// <param name="text">"which: why" (an entry of <see cref="FileImportResult.Refused"/>), the whole file's reason, or a notice.</param>
    public static string About(string path, string text) => $"{Path.GetFileName(path)}: {text}";

    /// <summary>A bad line of a line-per-record file (JSON Lines), numbered from 1.</summary>
    public static string BadLine(string path, int line, string reason) => About(path, $"line {line}: {reason}");

    /// <summary>Every problem of one imported file, one a line: each refused article or line, then the file's own error.</summary>
    public static IEnumerable<string> Problems(string path, FileImportResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var problems = result.Refused.Select(refusal => About(path, refusal));
        return result.FileError is { } error ? problems.Append(About(path, error)) : problems;
    }
}
