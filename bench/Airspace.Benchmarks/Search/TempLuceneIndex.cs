using Airspace.Search;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Airspace.Benchmarks.Search;

/// <summary>The product's <see cref="LuceneSearchIndex"/> in a fresh temp directory, deleted on dispose.</summary>
public sealed class TempLuceneIndex : IDisposable
{
    public TempLuceneIndex(string name)
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "airspace-bench", $"{name}-{Guid.NewGuid():N}");
        Index = new LuceneSearchIndex(Options.Create(new SearchOptions { IndexPath = Path }), NullLogger<LuceneSearchIndex>.Instance);
    }

    public string Path { get; }

    public LuceneSearchIndex Index { get; }

    public long SizeBytes => Directory.GetFiles(Path).Sum(f => new FileInfo(f).Length);

    public void Dispose()
    {
        Index.Dispose();
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a leftover temp directory is not worth failing the benchmark for.
        }
    }
}
