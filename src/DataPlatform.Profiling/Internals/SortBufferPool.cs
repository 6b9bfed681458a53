using System.Collections.Concurrent;

namespace DataPlatform.Profiling.Internals;

/// <summary>
/// Sort buffers for the workers of one profiling run, created on first use. Columns done before may
/// have released their values (hundreds of megabytes in a few large arrays): a full collection hands
/// that memory to the new buffer instead of growing the process. With few objects it takes
/// milliseconds, and it happens at most once per worker, and only for large tables: for a small one
/// there is little to hand over, and the collection would stop a service that is answering requests.
/// </summary>
internal sealed class SortBufferPool(long length)
{
    private readonly ConcurrentBag<SortBuffers> _free = [];

    public T Use<T>(Func<SortBuffers, T> work)
    {
        if (!_free.TryTake(out var buffers))
        {
            if (length >= StatisticsBuilder.LargeTableRows)
            {
                GC.Collect();
            }

            buffers = new SortBuffers(Math.Max(1, length));
        }

        try
        {
            return work(buffers);
        }
        finally
        {
            _free.Add(buffers);
        }
    }
}
