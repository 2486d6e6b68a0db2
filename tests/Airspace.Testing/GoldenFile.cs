using System.Runtime.CompilerServices;

namespace Airspace.Testing;

/// <summary>
/// A test's expected transcript, committed beside the test as <c>Golden/NAME.txt</c>. With AIRSPACE_GOLDEN_WRITE=1 the
/// file is written from the actual transcript instead: run that once, on purpose, and review the diff.
/// </summary>
public static class GoldenFile
{
    /// <summary>The expected text (line endings as "\n"); compare it with <paramref name="actual"/>.</summary>
    public static string Expected(string name, string actual, [CallerFilePath] string source = "")
    {
        ArgumentNullException.ThrowIfNull(actual);
        var path = Path.Combine(Path.GetDirectoryName(source)!, "Golden", name + ".txt");
        if (Environment.GetEnvironmentVariable("AIRSPACE_GOLDEN_WRITE") == "1")
        {
            File.WriteAllText(path, actual.ReplaceLineEndings("\n"));
        }

        return File.Exists(path)
            ? File.ReadAllText(path).ReplaceLineEndings("\n")
            : throw new FileNotFoundException($"No golden file {path}; run the test once with AIRSPACE_GOLDEN_WRITE=1.", path);
    }
}
