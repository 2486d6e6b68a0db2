using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace Airspace.Benchmarks.Import;

/// <summary>
/// Peak resident memory of <c>airspace import</c> for one 20 MB plain-text article and for a 20 MB JSON Lines file of
/// ordinary articles (the security review saw 839 MB for a 19 MB text file; the target is under 200 MB for each).
/// Runs the built executable in a fresh process per file on an empty data directory and reads the kernel's high-water
/// mark (VmHWM) until the process exits. Linux only.
/// </summary>
public static class ImportMemoryBenchmark
{
    public const long TargetBytes = 200L * 1024 * 1024;
    private const long FileBytes = 20_000_000;

    public static async Task<string> RunAsync(string root, Action<string> progress)
    {
        var airspace = await FindExecutableAsync(root, progress);
        var work = Path.Combine(Path.GetTempPath(), "airspace-import-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(work);
        try
        {
            var text = WriteText(root, Path.Combine(work, "long-article.txt"));
            var jsonl = WriteJsonLines(root, Path.Combine(work, "many-articles.jsonl"));
            var report = new StringBuilder("## Import memory: peak RSS of `airspace import` (issue 10 §7)\n\nWritten by `dotnet run -c Release --project bench/Airspace.Benchmarks -- import-memory`: the Release `airspace import` in a fresh process on a fresh data folder, peak RSS read from the kernel (`VmHWM`). Target: under 200 MiB for each file.\n\n| file | size | articles | peak RSS | time | exit |\n|---|---:|---:|---:|---:|---:|\n");
            foreach (var (file, articles) in new[] { (text, 1), jsonl })
            {
                progress($"import-memory: importing {Path.GetFileName(file)}");
                var (peak, took, exit) = await MeasureAsync(airspace, file, Path.Combine(work, "data-" + Path.GetFileNameWithoutExtension(file)));
                report.Append(CultureInfo.InvariantCulture, $"| {Path.GetFileName(file)} | {new FileInfo(file).Length / 1e6:F1} MB | {articles:N0} | {peak / 1048576.0:F0} MiB{(peak < TargetBytes ? "" : " (over the 200 MiB target)")} | {took.TotalSeconds:F1} s | {exit} |\n");
            }

            return report.ToString();
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    private static async Task<(long Peak, TimeSpan Took, int Exit)> MeasureAsync(string airspace, string file, string data)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(airspace);
        start.ArgumentList.Add("import");
        start.ArgumentList.Add(file);
        start.Environment["Airspace__DataDirectory"] = data;
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        var stopwatch = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        long peak = 0;
        while (!process.HasExited)
        {
            // VmHWM is the kernel's own high-water mark, so a poll that misses the peak still reads it later.
            peak = Math.Max(peak, HighWaterMark(process.Id));
            await Task.Delay(20);
        }

        await process.WaitForExitAsync();
        stopwatch.Stop();
        Console.Error.Write(await stderr);
        Console.WriteLine((await stdout).Trim());
        return (peak, stopwatch.Elapsed, process.ExitCode);
    }

    private static long HighWaterMark(int pid)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;
                }
            }
        }
        catch (IOException)
        {
            // The process ended between the check and the read.
        }

        return 0;
    }

    /// <summary>One article of 20 MB: the sample article's paragraphs, numbered so that none repeats exactly.</summary>
    private static string WriteText(string root, string path)
    {
        var paragraphs = File.ReadAllLines(Path.Combine(root, "samples", "airspace", "2023-09-15-kim-jong-un-knaaz.txt"))
            .Where(l => l.Trim().Length > 0).ToArray();
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false));
        for (var i = 0; writer.BaseStream.Length < FileBytes; i++)
        {
            writer.Write(paragraphs[i % paragraphs.Length]);
            writer.Write(string.Create(CultureInfo.InvariantCulture, $" ({i})\n\n"));
            if (i % 1000 == 0)
            {
                writer.Flush();
            }
        }

        return path;
    }

    /// <summary>20 MB of ordinary articles: the IndoSum sample lines again and again, each with its own id.</summary>
    private static (string Path, int Articles) WriteJsonLines(string root, string path)
    {
        var lines = File.ReadAllLines(Path.Combine(root, "samples", "indosum", "dev.01.plain.jsonl")).Where(l => l.Length > 0).ToArray();
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false));
        var count = 0;
        while (writer.BaseStream.Length < FileBytes)
        {
            var node = JsonNode.Parse(lines[count % lines.Length])!.AsObject();
            node["id"] = string.Create(CultureInfo.InvariantCulture, $"bench-{count}");
            node["source_url"] = string.Create(CultureInfo.InvariantCulture, $"https://bench.example/articles/{count}");
            node["text"] = node["text"]!.GetValue<string>() + string.Create(CultureInfo.InvariantCulture, $"\n\nSalinan {count}.");
            writer.WriteLine(node.ToJsonString());
            count++;
            if (count % 100 == 0)
            {
                writer.Flush();
            }
        }

        return (path, count);
    }

    /// <summary>The built host (Release preferred); built once when missing.</summary>
    private static async Task<string> FindExecutableAsync(string root, Action<string> progress)
    {
        string? Built() => new[] { "Release", "Debug" }
            .Select(c => Path.Combine(root, "src", "Airspace.Host", "bin", c, "net10.0", "airspace.dll"))
            .FirstOrDefault(File.Exists);

        if (Built() is { } found)
        {
            return found;
        }

        progress("import-memory: building src/Airspace.Host (Release)");
        using var build = Process.Start(new ProcessStartInfo("dotnet", ["build", Path.Combine(root, "src", "Airspace.Host"), "-c", "Release", "-v", "q"]))!;
        await build.WaitForExitAsync();
        return Built() ?? throw new InvalidOperationException("src/Airspace.Host did not build; run `dotnet build src/Airspace.Host -c Release`.");
    }
}
