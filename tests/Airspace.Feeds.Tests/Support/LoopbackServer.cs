using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Airspace.Feeds.Tests.Support;

/// <summary>A real HTTP server on 127.0.0.1, port 0, running a handler; counts requests and bytes sent per path.</summary>
public sealed class LoopbackServer : IAsyncDisposable
{
    private LoopbackKestrel? _kestrel;

    private LoopbackServer()
    {
    }

    public Uri Root => _kestrel!.BaseAddress;

    public ConcurrentQueue<Exchange> Exchanges { get; } = new();

    public Uri Url(string pathAndQuery) => new(Root, pathAndQuery);

    public static async Task<LoopbackServer> StartAsync(Func<HttpContext, Task> handler)
    {
        var server = new LoopbackServer();
        server._kestrel = await LoopbackKestrel.StartAsync(app => app.Run(async context =>
        {
            var counting = new CountingStream(context.Response.Body);
            context.Response.Body = counting;
            var headers = context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
            try
            {
                await handler(context);
            }
            finally
            {
                var headerBytes = 17 + context.Response.Headers.Sum(h => h.Key.Length + h.Value.ToString().Length + 4) + 2;
                server.Exchanges.Enqueue(new Exchange(context.Request.Path + context.Request.QueryString, headers, context.Response.StatusCode, counting.Written, headerBytes));
            }
        }));
        return server;
    }

    public ValueTask DisposeAsync() => _kestrel?.DisposeAsync() ?? ValueTask.CompletedTask;

    /// <summary>One request as served: path and query, request headers, status, body bytes written and an estimate of header bytes.</summary>
    public sealed record Exchange(string Path, IReadOnlyDictionary<string, string> RequestHeaders, int Status, long BodyBytes, long HeaderBytes);

    private sealed class CountingStream(Stream inner) : Stream
    {
        private long _written;

        public long Written => Interlocked.Read(ref _written);

        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Flush() => inner.Flush();

        public override Task FlushAsync(CancellationToken cancellationToken) => inner.FlushAsync(cancellationToken);

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count)
        {
            inner.Write(buffer, offset, count);
            Interlocked.Add(ref _written, count);
        }

        public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            await inner.WriteAsync(buffer, cancellationToken);
            Interlocked.Add(ref _written, buffer.Length);
        }

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();
    }
}
