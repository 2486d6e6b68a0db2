namespace Airspace.Feeds.Files;

/// <summary>
/// Reads '\n'-terminated lines as bytes, holding at most <c>maxLineBytes</c> of one line: a longer line is skipped to
/// its end without being kept, and reported as too long. Memory stays one read chunk plus one line buffer, however
/// long a line is.
/// </summary>
internal sealed class Utf8LineReader
{
    private const int ChunkBytes = 65536;

    private readonly Stream _stream;
    private readonly int _maxLineBytes;
    private readonly byte[] _chunk = new byte[ChunkBytes];
    private byte[] _line;
    private int _chunkStart;
    private int _chunkEnd;
    private bool _atStart = true;
    private bool _eof;

    public Utf8LineReader(Stream stream, long maxLineBytes)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxLineBytes);
        _stream = stream;
        _maxLineBytes = (int)Math.Min(maxLineBytes, Array.MaxLength);
        _line = new byte[Math.Min(_maxLineBytes, 4096)];
    }

    /// <summary>The size of the line buffer now (it only grows, and never past the line limit).</summary>
    public int LineBufferBytes => _line.Length;

    /// <summary>The next line without its "\n" (nor a "\r" before it, nor a leading UTF-8 byte order mark); null at the end.</summary>
    public async ValueTask<Utf8Line?> ReadLineAsync(CancellationToken ct)
    {
        var length = 0;
        var tooLong = false;
        var any = false;
        while (true)
        {
            if (_chunkStart == _chunkEnd)
            {
                if (_eof || (_chunkEnd = await _stream.ReadAsync(_chunk, ct).ConfigureAwait(false)) == 0)
                {
                    _eof = true;
                    _chunkStart = _chunkEnd = 0;
                    break;
                }

                _chunkStart = 0;
            }

            any = true;
            var span = _chunk.AsSpan(_chunkStart, _chunkEnd - _chunkStart);
            var newline = span.IndexOf((byte)'\n');
            var take = newline >= 0 ? newline : span.Length;
            _chunkStart += newline >= 0 ? take + 1 : take;
            if (!tooLong)
            {
                if ((long)length + take > _maxLineBytes)
                {
                    tooLong = true;
                }
                else
                {
                    Append(span[..take], ref length);
                }
            }

            if (newline >= 0)
            {
                break;
            }
        }

        if (!any)
        {
            return null;
        }

        var bytes = tooLong ? ReadOnlyMemory<byte>.Empty : Trim(length);
        _atStart = false;
        return new Utf8Line(bytes, tooLong);
    }

    private void Append(ReadOnlySpan<byte> bytes, ref int length)
    {
        if (length + bytes.Length > _line.Length)
        {
            var size = (int)Math.Min(Math.Max((long)_line.Length * 2, (long)length + bytes.Length), _maxLineBytes);
            Array.Resize(ref _line, size);
        }

        bytes.CopyTo(_line.AsSpan(length));
        length += bytes.Length;
    }

    private ReadOnlyMemory<byte> Trim(int length)
    {
        var start = _atStart && _line.AsSpan(0, length).StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
        if (length > start && _line[length - 1] == (byte)'\r')
        {
            length--;
        }

        return _line.AsMemory(start, length - start);
    }
}

/// <summary>One line: its bytes (valid until the next read), or that it passed the limit and was skipped.</summary>
internal readonly record struct Utf8Line(ReadOnlyMemory<byte> Bytes, bool TooLong);
