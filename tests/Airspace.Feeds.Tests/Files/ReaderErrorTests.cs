using System.Text;
using Airspace.Feeds.Files;

namespace Airspace.Feeds.Tests.Files;

public sealed class ReaderErrorTests : ReaderFixture
{
    [Theory]
    [InlineData("a.txt", true)]
    [InlineData("a.MD", true)]
    [InlineData("a.markdown", true)]
    [InlineData("a.json", true)]
    [InlineData("a.jsonl", true)]
    [InlineData("dir/a.html", true)]
    [InlineData("a.HTM", true)]
    [InlineData("a.pdf", false)]
    [InlineData("a.txt.bak", false)]
    [InlineData("README", false)]
    [InlineData("", false)]
    public void IsSupported_ByExtension_ReturnsExpected(string path, bool expected)
    {
        Assert.Equal(expected, ArticleFileReader.IsSupported(path));
    }

    [Fact]
    public async Task ReadAsync_MissingFile_ReasonIsNotFound()
    {
        var path = Path.Combine(Temp.Path, "nope.txt");

        var error = await Assert.ThrowsAsync<ArticleFileException>(() => ReadAsync(path));

        Assert.Equal("file not found", error.Reason);
        Assert.Equal("nope.txt: file not found", error.Message);
        Assert.Equal(path, error.FilePath);
    }

    [Fact]
    public async Task ReadAsync_MissingDirectory_ReasonIsNotFound()
    {
        var error = await Assert.ThrowsAsync<ArticleFileException>(
            () => ReadAsync(Path.Combine(Temp.Path, "no-such-dir", "a.md")));

        Assert.Equal("file not found", error.Reason);
    }

    [Fact]
    public async Task ReadAsync_Directory_ReasonSaysItIsADirectory()
    {
        var path = Path.Combine(Temp.Path, "folder.txt");
        Directory.CreateDirectory(path);

        var error = await Assert.ThrowsAsync<ArticleFileException>(() => ReadAsync(path));

        Assert.Equal("is a directory, not a file", error.Reason);
    }

    [Fact]
    public async Task ReadAsync_UnsupportedExtension_ReasonNamesIt()
    {
        var error = await Assert.ThrowsAsync<ArticleFileException>(() => ReadAsync(Temp.Write("doc.pdf", "text")));

        Assert.StartsWith("unsupported file type \".pdf\"", error.Reason);
        Assert.Contains(".txt", error.Reason);
    }

    [Fact]
    public async Task ReadAsync_EmptyFile_ReasonIsEmpty()
    {
        var error = await Assert.ThrowsAsync<ArticleFileException>(() => ReadAsync(Temp.Write("empty.txt", "")));

        Assert.Equal("file is empty", error.Reason);
    }

    [Theory]
    [InlineData("whitespace.txt")]
    [InlineData("whitespace.json")]
    [InlineData("whitespace.md")]
    public async Task ReadAsync_WhitespaceOnly_ReasonSaysSo(string name)
    {
        var error = await Assert.ThrowsAsync<ArticleFileException>(() => ReadAsync(Temp.Write(name, " \r\n\t\n ")));

        Assert.Equal("file contains only whitespace", error.Reason);
    }

    [Fact]
    public async Task ReadAsync_BomOnly_ReasonSaysWhitespace()
    {
        var error = await Assert.ThrowsAsync<ArticleFileException>(
            () => ReadAsync(Temp.WriteBytes("bom.txt", [0xEF, 0xBB, 0xBF])));

        Assert.Equal("file contains only whitespace", error.Reason);
    }

    [Fact]
    public async Task ReadAsync_LargerThanMaxBytes_ReasonGivesSizeAndLimit()
    {
        var reader = new ArticleFileReader(new ArticleFileReaderOptions { MaxBytes = 100 });
        var path = Temp.Write("big.txt", new string('a', 101));

        var error = await Assert.ThrowsAsync<ArticleFileException>(() => reader.ReadAsync(path, CancellationToken.None));

        Assert.Equal("file is too large (101 bytes; the limit is 100 bytes)", error.Reason);
    }

    [Fact]
    public async Task ReadAsync_ExactlyMaxBytes_IsRead()
    {
        var reader = new ArticleFileReader(new ArticleFileReaderOptions { MaxBytes = 100 });
        var path = Temp.Write("fits.txt", new string('a', 100));

        var drafts = await reader.ReadAsync(path, CancellationToken.None);

        Assert.Equal(100, Assert.Single(drafts).Text.Length);
    }

    [Fact]
    public async Task ReadAsync_InvalidUtf8_ReasonGivesTheOffset()
    {
        var path = Temp.WriteBytes("latin1.txt", Encoding.Latin1.GetBytes("Caf\u00e9 au lait"));

        var error = await Assert.ThrowsAsync<ArticleFileException>(() => ReadAsync(path));

        Assert.StartsWith("not valid UTF-8 (invalid byte sequence at offset 3)", error.Reason);
    }

    [Fact]
    public async Task ReadAsync_InvalidUtf8AfterBom_ReasonSaysInvalidUtf8()
    {
        var path = Temp.WriteBytes("bad.md", [0xEF, 0xBB, 0xBF, (byte)'a', 0xC3, 0x28]);

        var error = await Assert.ThrowsAsync<ArticleFileException>(() => ReadAsync(path));

        Assert.StartsWith("not valid UTF-8", error.Reason);
    }

    [Fact]
    public async Task ReadAsync_NulBytes_ReasonSaysBinary()
    {
        var path = Temp.WriteBytes("image.txt", [0x89, (byte)'P', (byte)'N', (byte)'G', 0x00, 0x01]);

        var error = await Assert.ThrowsAsync<ArticleFileException>(() => ReadAsync(path));

        Assert.Equal("binary content, not text (NUL byte at offset 4)", error.Reason);
    }

    [Fact]
    public async Task ReadAsync_Utf16WithNulCharacters_ReasonSaysBinary()
    {
        var path = Temp.WriteBytes("wide.txt", [0xFF, 0xFE, (byte)'a', 0x00, 0x00, 0x00]);

        var error = await Assert.ThrowsAsync<ArticleFileException>(() => ReadAsync(path));

        Assert.StartsWith("binary content", error.Reason);
    }

    [Fact]
    public async Task ReadAsync_LockedFile_ReasonSaysItCouldNotBeRead()
    {
        // Tests run as root on CI, which reads files whatever their mode; an exclusive lock refuses access portably.
        var path = Temp.Write("locked.txt", "text");
        using var holder = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.None);

        var error = await Assert.ThrowsAsync<ArticleFileException>(() => ReadAsync(path));

        Assert.StartsWith("could not be read", error.Reason);
        Assert.IsAssignableFrom<IOException>(error.InnerException);
    }

    [Fact]
    public async Task ReadAsync_Cancelled_ThrowsOperationCanceled()
    {
        var path = Temp.Write("a.txt", "text");

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => Reader.ReadAsync(path, new CancellationToken(canceled: true)));
    }

    [Fact]
    public void Constructor_NonPositiveMaxBytes_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ArticleFileReader(new ArticleFileReaderOptions { MaxBytes = 0 }));
    }

    [Fact]
    public void ArticleFileException_Message_IsFileNameAndReason()
    {
        var inner = new IOException("disk");

        var error = new ArticleFileException("/some/dir/story.md", "file is empty", inner);

        Assert.Equal("story.md: file is empty", error.Message);
        Assert.Equal("file is empty", error.Reason);
        Assert.Same(inner, error.InnerException);
    }
}
