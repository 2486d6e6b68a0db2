using Airspace.Core.Articles;
using Airspace.Feeds.Files;

namespace Airspace.Feeds.Tests.Files;

/// <summary>Base for reader tests: a temp directory and a reader with default options.</summary>
public abstract class ReaderFixture : IDisposable
{
    protected TempDirectory Temp { get; } = new();

    protected ArticleFileReader Reader { get; } = new(new ArticleFileReaderOptions());

    protected Task<IReadOnlyList<ArticleDraft>> ReadAsync(string path) => Reader.ReadAsync(path, CancellationToken.None);

    protected async Task<ArticleDraft> ReadSingleAsync(string name, string content) =>
        Assert.Single(await ReadAsync(Temp.Write(name, content)));

    public void Dispose()
    {
        Temp.Dispose();
        GC.SuppressFinalize(this);
    }
}
