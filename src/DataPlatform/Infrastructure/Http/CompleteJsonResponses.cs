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
            await response.Body.WriteAsync(buffer.Written, httpContext.RequestAborted);
        }
    }

    /// <summary>
    /// A write-only stream into arrays of the shared pool: a response of a few hundred kilobytes is a
    /// large object, and allocating one per request made the collector run full collections.
    /// </summary>
    private sealed class PooledBuffer : Stream
    {
        private byte[] _buffer = ArrayPool<byte>.Shared.Rent(16 * 1024);
        private int _length;

        public ReadOnlyMemory<byte> Written => _buffer.AsMemory(0, _length);

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => _length;

        public override long Position { get => _length; set => throw new NotSupportedException(); }

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            if (_length + buffer.Length > _buffer.Length)
            {
                var larger = ArrayPool<byte>.Shared.Rent(Math.Max(_buffer.Length * 2, _length + buffer.Length));
                _buffer.AsSpan(0, _length).CopyTo(larger);
                ArrayPool<byte>.Shared.Return(_buffer);
                _buffer = larger;
            }

            buffer.CopyTo(_buffer.AsSpan(_length));
            _length += buffer.Length;
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
            if (disposing && _buffer.Length > 0)
            {
                ArrayPool<byte>.Shared.Return(_buffer);
                _buffer = [];
            }

            base.Dispose(disposing);
        }
    }
}
