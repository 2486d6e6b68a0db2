using Airspace.Core.Articles;

namespace Airspace.Feeds.Files;

/// <summary>
/// Reads article files (plain text, Markdown, JSON, JSON Lines, saved HTML pages) into drafts. Every failure,
/// whatever its cause, surfaces as an <see cref="ArticleFileException"/> with a one-line reason.
/// </summary>
public sealed class ArticleFileReader
{
    private static readonly string[] Extensions = [".txt", ".md", ".markdown", ".json", ".jsonl", ".html", ".htm"];

    private readonly ArticleFileReaderOptions _options;

    public ArticleFileReader(ArticleFileReaderOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.MaxBytes);
        ArgumentException.ThrowIfNullOrWhiteSpace(options.DefaultSource);
        _options = options;
    }

    /// <summary>Whether the file's extension is one this reader understands (the content is not looked at).</summary>
    public static bool IsSupported(string path) =>
        !string.IsNullOrEmpty(path) && Extensions.Contains(Path.GetExtension(path), StringComparer.OrdinalIgnoreCase);

    public async Task<IReadOnlyList<ArticleDraft>> ReadAsync(string path, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(path);
        try
        {
            if (!IsSupported(path))
            {
                var extension = Path.GetExtension(path);
                throw new ArticleFormatException(
                    (extension.Length == 0 ? "file has no extension" : $"unsupported file type \"{extension}\"")
                    + $" (supported: {string.Join(", ", Extensions)})");
            }

            var bytes = await ReadBytesAsync(path, ct).ConfigureAwait(false);
            var content = FileTextDecoder.Decode(bytes);
            if (string.IsNullOrWhiteSpace(content))
            {
                throw new ArticleFormatException("file contains only whitespace");
            }

            ct.ThrowIfCancellationRequested();
            return Parse(path, content);
        }
        catch (ArticleFormatException e)
        {
            throw new ArticleFileException(path, e.Reason);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new ArticleFileException(path, "file not found", e);
        }
        catch (UnauthorizedAccessException e)
        {
            throw new ArticleFileException(path, "access denied; the file cannot be read", e);
        }
        catch (IOException e)
        {
            throw new ArticleFileException(path, $"could not be read: {e.Message}", e);
        }
        catch (Exception e)
        {
            // A parser bug or pathological input must not escape as another exception type: callers skip the file.
            throw new ArticleFileException(path, $"could not be parsed: {e.Message}", e);
        }
    }

    private IReadOnlyList<ArticleDraft> Parse(string path, string content)
    {
        var source = _options.DefaultSource;
        return Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".txt" => [PlainTextArticleParser.Parse(path, content, source)],
            ".md" or ".markdown" => [MarkdownArticleParser.Parse(path, content, source)],
            ".json" => JsonArticleParser.ParseDocument(content, source),
            ".jsonl" => JsonArticleParser.ParseLines(content, source),
            _ => [HtmlArticleParser.Parse(path, content, source)],
        };
    }

    private async Task<byte[]> ReadBytesAsync(string path, CancellationToken ct)
    {
        if (Directory.Exists(path))
        {
            throw new ArticleFormatException("is a directory, not a file");
        }

        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read,
            bufferSize: 1, FileOptions.Asynchronous | FileOptions.SequentialScan);

        // Checked before reading so an oversized file costs nothing; the read below is capped too, in case it grows.
        var length = stream.Length;
        if (length > _options.MaxBytes)
        {
            throw new ArticleFormatException(TooLarge(length));
        }

        if (length == 0)
        {
            throw new ArticleFormatException("file is empty");
        }

        using var buffer = new MemoryStream((int)length);
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, ct).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > _options.MaxBytes)
            {
                throw new ArticleFormatException(TooLarge(buffer.Length + read));
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.Length > 0 ? buffer.ToArray() : throw new ArticleFormatException("file is empty");
    }

    private string TooLarge(long length) =>
        $"file is too large ({length:N0} bytes; the limit is {_options.MaxBytes:N0} bytes)";
}
