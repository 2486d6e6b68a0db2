using Airspace.Core.Articles;
using Airspace.Core.Search;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Airspace.Search.Tests.Support;

/// <summary>A real on-disk index in a fresh temp directory, deleted on dispose.</summary>
internal sealed class TempIndex : IDisposable
{
    private readonly List<LuceneSearchIndex> opened = [];
    private readonly TempDirectory directory = new();

    public TempIndex()
    {
        Index = Open();
    }

    public string IndexPath => directory.Path;

    public LuceneSearchIndex Index { get; }

    /// <summary>Another instance on the same directory, as another process would open it.</summary>
    public LuceneSearchIndex Open() => Open(Querying.RankingWeights.Default);

    /// <summary>Another instance on the same directory that ranks with other weights.</summary>
    public LuceneSearchIndex Open(Querying.RankingWeights weights)
    {
        var index = new LuceneSearchIndex(
            Options.Create(new SearchOptions { IndexPath = IndexPath }),
            NullLogger<LuceneSearchIndex>.Instance,
            weights);
        opened.Add(index);
        return index;
    }

    public Task AddAsync(params Article[] articles) => Index.IndexAsync(articles, CancellationToken.None);

    public Task<SearchResults> SearchAsync(string text, int skip = 0, int take = 5) =>
        Index.SearchAsync(new SearchQuery(text, skip, take), CancellationToken.None);

    public void Dispose()
    {
        foreach (var index in opened)
        {
            index.Dispose();
        }

        directory.Dispose();
    }
}
