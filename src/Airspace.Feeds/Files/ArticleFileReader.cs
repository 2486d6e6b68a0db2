using System.Runtime.CompilerServices;
using System.Text;
using Airspace.Core.Articles;

namespace Airspace.Feeds.Files;

/// <summary>
/// Reads article files (plain text, Markdown, JSON, JSON Lines, saved HTML pages) into drafts. Every failure of the
/// whole file, whatever its cause, surfaces as an <see cref="ArticleFileException"/> with a one-line reason; a JSON
/// Lines file is streamed a line at a time, and a bad line refuses that article only.
/// </summary>
public sealed class ArticleFileReader
{
    private static readonly string[] Extensions = [".txt", ".md", ".markdown", ".json", ".jsonl", ".html", ".htm"];

    /// <summary>Plain text and Markdown are parsed from at most this many times the article limit (the rest is cut anyway).</summary>
    private const int RawTextFactor = 4;

    private static readonly UTF8Encoding StrictUtf8 = new(false, true);

    private readonly ArticleFileReaderOptions _options;

    public ArticleFileReader(ArticleFileReaderOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.MaxBytes);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.MaxHtmlBytes);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.MaxArticleCharacters);
        ArgumentException.ThrowIfNullOrWhiteSpace(options.DefaultSource);
        _options = options;
    }

    /// <summary>Whether the file's extension is one this reader understands (the content is not looked at).</summary>
    public static bool IsSupported(string path) =>
        !string.IsNullOrEmpty(path) && Extensions.Contains(Path.GetExtension(path), StringComparer.OrdinalIgnoreCase);

    /// <summary>Every article of the file; the first refused article fails the whole file.</summary>
    /// <param name="followLink">Follow a symbolic link (a file the operator named); see <see cref="ReadEntriesAsync"/>.</param>
    public async Task<IReadOnlyList<ArticleDraft>> ReadAsync(string path, CancellationToken ct, bool followLink = false)
    {
        var drafts = new List<ArticleDraft>();
        await foreach (var entry in ReadEntriesAsync(path, followLink, ct).ConfigureAwait(false))
        {
            drafts.Add(entry.Draft ?? throw new ArticleFileException(path, entry.Error ?? "no article"));
        }

        return drafts;
    }

    /// <summary>
    /// The file's articles one at a time. Only a regular file with one link is read (<see cref="RegularFile"/>);
    /// with <paramref name="followLink"/> a symbolic link is followed and a hard-linked file accepted.
    /// </summary>
    /// <exception cref="ArticleFileException">The file as a whole cannot be read (thrown while enumerating).</exception>
    public async IAsyncEnumerable<ArticleFileEntry> ReadEntriesAsync(string path, bool followLink, [EnumeratorCancellation] CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(path);
        var entries = ReadRawAsync(path, followLink, ct).GetAsyncEnumerator(ct);
        await using (entries.ConfigureAwait(false))
        {
            while (true)
            {
                ArticleFileEntry? entry;
                try
                {
                    entry = await entries.MoveNextAsync().ConfigureAwait(false) ? entries.Current : null;
                }
                catch (Exception e) when (Translate(path, e, ct) is { } error)
                {
                    throw error;
                }

                if (entry is null)
                {
                    break;
                }

                yield return entry;
            }
        }
    }

    private static ArticleFileException? Translate(string path, Exception e, CancellationToken ct) => e switch
    {
        OperationCanceledException when ct.IsCancellationRequested => null,
        ArticleFileException => null,
        ArticleFormatException format => new ArticleFileException(path, format.Reason),
        FileNotFoundException or DirectoryNotFoundException => new ArticleFileException(path, "file not found", e),
        UnauthorizedAccessException => new ArticleFileException(path, "access denied; the file cannot be read", e),
        IOException => new ArticleFileException(path, $"could not be read: {e.Message}", e),
        DecoderFallbackException => new ArticleFileException(path, "not valid text in its encoding (invalid byte sequence); save the file as UTF-8", e),

        // A parser bug or pathological input must not escape as another exception type: callers skip the file.
        _ => new ArticleFileException(path, $"could not be parsed: {e.Message}", e),
    };

    private async IAsyncEnumerable<ArticleFileEntry> ReadRawAsync(string path, bool followLink, [EnumeratorCancellation] CancellationToken ct)
    {
        var extension = Path.GetExtension(path).ToLowerInvariant();
        if (!IsSupported(path))
        {
            throw new ArticleFormatException(
                (extension.Length == 0 ? "file has no extension" : $"unsupported file type \"{Path.GetExtension(path)}\"")
                + $" (supported: {string.Join(", ", Extensions)})");
        }

        var stream = RegularFile.OpenRead(path, followLink);
        await using (stream.ConfigureAwait(false))
        {
            if (extension == ".jsonl")
            {
                await foreach (var entry in ReadLinesAsync(stream, ct).ConfigureAwait(false))
                {
                    yield return entry;
                }

                yield break;
            }

            var isHtml = extension is ".html" or ".htm";
            var maxChars = extension is ".txt" or ".md" or ".markdown" ? (long)_options.MaxArticleCharacters * RawTextFactor : long.MaxValue;
            var content = await ReadTextAsync(stream, isHtml ? _options.MaxHtmlBytes : _options.MaxBytes, maxChars, isHtml, ct).ConfigureAwait(false);
            ct.ThrowIfCancellationRequested();
            foreach (var draft in Parse(path, extension, content))
            {
                // The report already names the file; a JSON array's articles are named by their ids.
                yield return Limit(draft, extension == ".json" ? draft.ExternalId ?? draft.Title : null);
            }
        }
    }

    private IReadOnlyList<ArticleDraft> Parse(string path, string extension, string content)
    {
        var source = _options.DefaultSource;
        return extension switch
        {
            ".txt" => [PlainTextArticleParser.Parse(path, RawPrefix(content), source)],
            ".md" or ".markdown" => [MarkdownArticleParser.Parse(path, RawPrefix(content), source)],
            ".json" => JsonArticleParser.ParseDocument(content, source),
            _ => [HtmlArticleParser.Parse(path, content, source)],
        };
    }

    /// <summary>JSON Lines, streamed: memory stays that of one line (at most the limit) however large the file or a line is.</summary>
    private async IAsyncEnumerable<ArticleFileEntry> ReadLinesAsync(Stream stream, [EnumeratorCancellation] CancellationToken ct)
    {
        if (stream.Length == 0)
        {
            throw new ArticleFormatException("file is empty");
        }

        var reader = new Utf8LineReader(stream, _options.MaxBytes);
        var lineNumber = 0;
        var any = false;
        while (await reader.ReadLineAsync(ct).ConfigureAwait(false) is { } read)
        {
            lineNumber++;
            if (read.TooLong)
            {
                // Skipped to its end without being kept: the rest of the file still imports.
                any = true;
                yield return new ArticleFileEntry { Error = $"line {lineNumber}: longer than the {_options.MaxBytes:N0}-byte limit for one article" };
                continue;
            }

            var line = Decode(read.Bytes.Span, lineNumber);
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            any = true;
            if (line.Contains('\0', StringComparison.Ordinal))
            {
                throw new ArticleFormatException($"binary content, not text (NUL character on line {lineNumber})");
            }

            ArticleFileEntry entry;
            try
            {
                var draft = JsonArticleParser.ParseLine(line, lineNumber, _options.DefaultSource);
                var name = draft.ExternalId is { } id ? $"line {lineNumber} (id \"{id}\")" : $"line {lineNumber}";
                entry = Limit(draft, name) with { Name = name };
            }
            catch (ArticleFormatException e)
            {
                entry = new ArticleFileEntry { Error = e.Reason };
            }

            yield return entry;
        }

        if (!any)
        {
            throw new ArticleFormatException("file contains only whitespace");
        }
    }

    private static string Decode(ReadOnlySpan<byte> bytes, int lineNumber)
    {
        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            throw new ArticleFormatException($"not valid UTF-8 (invalid byte sequence on line {lineNumber}); save the file as UTF-8");
        }
    }

    private async Task<string> ReadTextAsync(FileStream stream, long maxBytes, long maxChars, bool isHtml, CancellationToken ct)
    {
        // Checked before reading so an oversized file costs nothing; the read below is capped too, in case it grows.
        var length = stream.Length;
        if (length > maxBytes)
        {
            throw new ArticleFormatException(TooLarge(length, maxBytes, isHtml));
        }

        if (length == 0)
        {
            throw new ArticleFormatException("file is empty");
        }

        if (length > maxChars)
        {
            // Only the beginning can reach the article (its text is cut anyway): decode that much, never the whole file.
            return await ReadPrefixAsync(stream, (int)maxChars, ct).ConfigureAwait(false);
        }

        using var buffer = new MemoryStream((int)length);
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, ct).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                throw new ArticleFormatException(TooLarge(buffer.Length + read, maxBytes, isHtml));
            }

            buffer.Write(chunk, 0, read);
        }

        if (buffer.Length == 0)
        {
            throw new ArticleFormatException("file is empty");
        }

        var content = FileTextDecoder.Decode(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
        return string.IsNullOrWhiteSpace(content) ? throw new ArticleFormatException("file contains only whitespace") : content;
    }

    private static async Task<string> ReadPrefixAsync(Stream stream, int maxChars, CancellationToken ct)
    {
        using var reader = new StreamReader(stream, new UTF8Encoding(false, true), detectEncodingFromByteOrderMarks: true, bufferSize: 65536, leaveOpen: true);
        var chars = new char[maxChars];
        var count = 0;
        try
        {
            int read;
            while (count < maxChars && (read = await reader.ReadAsync(chars.AsMemory(count), ct).ConfigureAwait(false)) > 0)
            {
                count += read;
            }
        }
        catch (DecoderFallbackException)
        {
            throw new ArticleFormatException("not valid UTF-8 (invalid byte sequence); save the file as UTF-8");
        }

        var nul = Array.IndexOf(chars, '\0', 0, count);
        if (nul >= 0)
        {
            throw new ArticleFormatException($"binary content, not text (NUL character at position {nul})");
        }

        var content = new string(chars, 0, count);
        return string.IsNullOrWhiteSpace(content) ? throw new ArticleFormatException("file contains only whitespace") : content;
    }

    /// <summary>A huge text or Markdown file is parsed only as far as its article can reach (cut at a line end).</summary>
    private string RawPrefix(string content)
    {
        var limit = (long)_options.MaxArticleCharacters * RawTextFactor;
        if (content.Length <= limit)
        {
            return content;
        }

        var cut = content.LastIndexOf('\n', (int)limit);
        return content[..(cut > 0 ? cut : (int)limit)];
    }

    /// <summary>Cuts an article's text at the limit, at the last paragraph end before it, and says so.</summary>
    private ArticleFileEntry Limit(ArticleDraft draft, string? name)
    {
        var limit = _options.MaxArticleCharacters;
        if (draft.Text.Length <= limit)
        {
            return new ArticleFileEntry { Draft = draft };
        }

        var cut = draft.Text.LastIndexOf('\n', limit);
        if (cut < limit / 2)
        {
            // No paragraph end in the second half: cut at the limit, never inside a surrogate pair.
            cut = char.IsHighSurrogate(draft.Text[limit - 1]) ? limit - 1 : limit;
        }

        return new ArticleFileEntry
        {
            Draft = draft with { Text = draft.Text[..cut].TrimEnd() },
            Notice = $"{(name is null ? "" : name + ": ")}the text was cut at {cut:N0} characters (the limit for one article is {limit:N0}); the rest was dropped",
        };
    }

    private static string TooLarge(long length, long limit, bool isHtml) => isHtml
        ? $"file is too large ({length:N0} bytes; the limit for an HTML page is {limit:N0} bytes, as its whole document is built in memory)"
        : $"file is too large ({length:N0} bytes; the limit is {limit:N0} bytes)";
}
