using System.Text;
using Airspace.Feeds.Files;

namespace Airspace.Feeds.Tests.Files;

/// <summary>One overlong JSON line is refused as it is read, never held whole; the lines around it still import.</summary>
[Collection(AllocationCollection.Name)]
public sealed class JsonLinesLongLineTests : IDisposable
{
    private const int Limit = 64 * 1024;
    private const int LongLine = 16 * 1024 * 1024;

    private readonly TempDirectory _temp = new();

    [Fact]
    public async Task ReadEntriesAsync_OneLineOverTheLimit_OnlyThatLineRefusedWithoutHoldingIt()
    {
        var path = WriteFile();
        var reader = new ArticleFileReader(new ArticleFileReaderOptions { MaxBytes = Limit });
        var entries = new List<ArticleFileEntry>();

        var before = GC.GetTotalAllocatedBytes(precise: true);
        await foreach (var entry in reader.ReadEntriesAsync(path, followLink: false, CancellationToken.None))
        {
            entries.Add(entry);
        }

        var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;

        Assert.Equal(3, entries.Count);
        Assert.Equal("a1", entries[0].Draft!.ExternalId);
        Assert.Null(entries[1].Draft);
        Assert.StartsWith("line 2: longer than the 65,536-byte limit", entries[1].Error);
        Assert.Equal("a3", entries[2].Draft!.ExternalId);

        // A 16 MB line read whole would allocate at least 32 MB of characters.
        Assert.True(allocated < 4 * 1024 * 1024, $"{allocated:N0} bytes allocated");
    }

    [Fact]
    public async Task ReadLineAsync_LineOverTheLimit_BufferNeverGrowsPastTheLimit()
    {
        var path = WriteFile();
        var stream = File.OpenRead(path);
        await using (stream)
        {
            var reader = new Utf8LineReader(stream, Limit);

            var first = await reader.ReadLineAsync(CancellationToken.None);
            var second = await reader.ReadLineAsync(CancellationToken.None);
            var third = await reader.ReadLineAsync(CancellationToken.None);
            var end = await reader.ReadLineAsync(CancellationToken.None);

            Assert.False(first!.Value.TooLong);
            Assert.True(second!.Value.TooLong);
            Assert.Contains("\"a3\"", Encoding.UTF8.GetString(third!.Value.Bytes.Span), StringComparison.Ordinal);
            Assert.Null(end);
            Assert.True(reader.LineBufferBytes <= Limit, $"{reader.LineBufferBytes:N0} bytes");
        }
    }

    [Fact]
    public async Task ReadLineAsync_BomAndCrLf_Stripped()
    {
        var path = _temp.WriteBytes("bom.jsonl", [0xEF, 0xBB, 0xBF, (byte)'a', (byte)'\r', (byte)'\n', (byte)'b']);
        var stream = File.OpenRead(path);
        await using (stream)
        {
            var reader = new Utf8LineReader(stream, Limit);

            Assert.Equal("a", Encoding.UTF8.GetString((await reader.ReadLineAsync(CancellationToken.None))!.Value.Bytes.Span));
            Assert.Equal("b", Encoding.UTF8.GetString((await reader.ReadLineAsync(CancellationToken.None))!.Value.Bytes.Span));
            Assert.Null(await reader.ReadLineAsync(CancellationToken.None));
        }
    }

    public void Dispose() => _temp.Dispose();

    private string WriteFile()
    {
        var content = new StringBuilder(LongLine + 200)
            .Append("{\"id\": \"a1\", \"text\": \"The first article.\"}\n")
            .Append("{\"id\": \"a2\", \"text\": \"").Append('x', LongLine).Append("\"}\n")
            .Append("{\"id\": \"a3\", \"text\": \"The third article.\"}\n");
        return _temp.Write("long-line.jsonl", content.ToString());
    }
}
