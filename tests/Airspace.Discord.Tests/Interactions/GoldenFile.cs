using System.Runtime.CompilerServices;

namespace Airspace.Discord.Tests.Interactions;

/// <summary>
/// Compares a test's transcript with the file committed beside it (<c>Golden/NAME.txt</c>). With
/// AIRSPACE_GOLDEN_WRITE=1 the file is written instead: run that once, on purpose, and review the diff.
/// </summary>
internal static class GoldenFile
{
    public static void Verify(string name, string actual, [CallerFilePath] string source = "")
    {
        var path = Path.Combine(Path.GetDirectoryName(source)!, "Golden", name + ".txt");
        actual = actual.ReplaceLineEndings("\n");
        if (Environment.GetEnvironmentVariable("AIRSPACE_GOLDEN_WRITE") == "1")
        {
            File.WriteAllText(path, actual);
            return;
        }

        Assert.True(File.Exists(path), $"no golden file {path}; run with AIRSPACE_GOLDEN_WRITE=1 once");
        Assert.Equal(File.ReadAllText(path).ReplaceLineEndings("\n"), actual);
    }
}
