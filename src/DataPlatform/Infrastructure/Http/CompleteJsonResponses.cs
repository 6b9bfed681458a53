using System.Buffers;

namespace DataPlatform.Infrastructure.Http;

/// <summary>
/// Writes a JSON result to memory and sends it only once it is complete, with its length. A failure
/// while it is written then reaches the exception handler before the response has started, so the
/// client gets the error envelope instead of a cut-off body. Lists are bounded per page
/// (<see cref="Paging"/>), so the buffer is too. Files and streams are not results with a value and
/// pass through untouched.
/// </summary>
public sealed class CompleteJsonResponses : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var result = await next(context);
        return result is IValueHttpResult and IResult json ? new Buffered(json) : result;
    }

    private sealed class Buffered(IResult inner) : IResult
    {
        public async Task ExecuteAsync(HttpContext httpContext)
        {
            var response = httpContext.Response;
            var body = response.Body;
            using var buffer = new PooledBuffer();
            response.Body = buffer;
            try
            {
                await inner.ExecuteAsync(httpContext);
                await response.BodyWriter.FlushAsync(httpContext.RequestAborted);
            }
            finally
            {
                response.Body = body;
            }

            response.ContentLength = buffer.Length;
            await buffer.SendAsync(response.Body, httpContext.RequestAborted);
        }
    }

    /// <summary>
    /// A write-only stream into 64 KiB chunks of the shared pool: never a large object, never a copy
    /// to grow (a response of a few hundred kilobytes in one growing array made the collector run full
    /// collections, and a few megabytes were held three times over while the array grew).
    /// </summary>
    private sealed class PooledBuffer : Stream
    {
        private const int ChunkSize = 64 * 1024;
        private readonly List<byte[]> _chunks = [];
        private int _lastLength = ChunkSize;
        private long _length;

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => _length;

        public override long Position { get => _length; set => throw new NotSupportedException(); }

        public async Task SendAsync(Stream destination, CancellationToken cancellationToken)
        {
            for (var i = 0; i < _chunks.Count; i++)
            {
                await destination.WriteAsync(_chunks[i].AsMemory(0, i == _chunks.Count - 1 ? _lastLength : ChunkSize), cancellationToken);
            }
        }

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            while (buffer.Length > 0)
            {
                if (_lastLength == ChunkSize)
                {
                    _chunks.Add(ArrayPool<byte>.Shared.Rent(ChunkSize));
                    _lastLength = 0;
                }

                var take = Math.Min(buffer.Length, ChunkSize - _lastLength);
                buffer[..take].CopyTo(_chunks[^1].AsSpan(_lastLength));
                _lastLength += take;
                _length += take;
                buffer = buffer[take..];
            }
        }

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            Write(buffer.Span);
            return ValueTask.CompletedTask;
        }

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        {
            Write(buffer.AsSpan(offset, count));
            return Task.CompletedTask;
        }

        public override void Flush()
        {
        }

        public override Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                _chunks.ForEach(chunk => ArrayPool<byte>.Shared.Return(chunk));
                _chunks.Clear();
            }

            base.Dispose(disposing);
        }
    }
}
