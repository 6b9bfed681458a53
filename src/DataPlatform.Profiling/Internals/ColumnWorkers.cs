using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;

namespace DataPlatform.Profiling.Internals;

/// <summary>
/// Threads that classify the fields of record batches, each owning a fixed set of columns (balanced by
/// the bytes of the first batch), while the reading thread parses the next batch. The per-row work
/// (checks, hashes), the heaviest single share, goes to the workers in turn, batch by batch. Each
/// column is processed batch after batch, row after row, so it sees its values in order. A fixed
/// number of batches circulate, so memory stays flat and the reader waits when the workers fall behind.
/// When batches fail, the failure of the earliest one is thrown, as a single thread would have.
/// </summary>
internal sealed class ColumnWorkers : IDisposable
{
    private readonly ColumnAccumulator[] _columns;
    private readonly Action<RecordBatch> _rowWork;
    private readonly Action<RecordBatch, int> _done;
    private readonly BlockingCollection<RecordBatch> _free = new();
    private readonly BlockingCollection<RecordBatch>[] _queues;
    private readonly Thread[] _threads;
    private readonly object _failureLock = new();
    private int[][] _owned = [];
    private long _published;
    private ExceptionDispatchInfo? _failure;
    private long _failedRow = long.MaxValue;
    private bool _started;

    private const int InheritedDataLimit = 1 << 20;

    /// <summary>The largest sizes a published batch grew to: the batches rented after it start there.</summary>
    private (int Data, int Ends) _capacity;

    /// <param name="rowWork">The per-row work of a batch (validation), run by one of the workers.</param>
    /// <param name="done">Run on a batch every worker has processed (its row hashes complete), before it is reused, with the number of the worker that runs it.</param>
    public ColumnWorkers(ColumnAccumulator[] columns, int workers, Action<RecordBatch> rowWork, Action<RecordBatch, int> done)
    {
        _columns = columns;
        _rowWork = rowWork;
        _done = done;
        var columnCount = columns.Length;
        workers = Math.Clamp(workers, 1, Math.Max(1, columnCount));
        _queues = Enumerable.Range(0, workers).Select(_ => new BlockingCollection<RecordBatch>()).ToArray();
        for (var i = 0; i < workers * 8; i++)
        {
            _free.Add(new RecordBatch(columnCount, workers));
        }

        _threads = Enumerable.Range(0, workers).Select(w => new Thread(() => Work(w)) { IsBackground = true, Name = $"profile-columns-{w}" }).ToArray();
    }

    /// <summary>A batch to fill; waits while every batch is in use.</summary>
    public RecordBatch Rent(long firstRow)
    {
        ThrowIfFailed();
        var batch = _free.Take();
        batch.Reset(firstRow, _capacity);
        return batch;
    }

    public void Publish(RecordBatch batch)
    {
        if (!_started)
        {
            AssignColumns(batch);
            foreach (var thread in _threads)
            {
                thread.Start();
            }

            _started = true;
        }

        // Batches start where earlier ones grew, but not past 1 MiB of field bytes: one huge field grows its own batch only.
        _capacity = (Math.Min(InheritedDataLimit, Math.Max(_capacity.Data, batch.Capacity.Data)), Math.Max(_capacity.Ends, batch.Capacity.Ends));
        batch.Pending = _queues.Length;
        batch.RowWorker = (int)(_published++ % _queues.Length);
        foreach (var queue in _queues)
        {
            queue.Add(batch);
        }
    }

    /// <summary>Waits for the workers to finish every published batch; rethrows what one of them threw.</summary>
    public void Complete()
    {
        Dispose();
        ThrowIfFailed();
    }

    public void Dispose()
    {
        foreach (var queue in _queues)
        {
            queue.CompleteAdding();
        }

        if (_started)
        {
            foreach (var thread in _threads)
            {
                thread.Join();
            }
        }
    }

    /// <summary>Once a batch has failed, lets the batches before it finish (one of them may fail too) and throws the earliest failure.</summary>
    private void ThrowIfFailed()
    {
        if (Volatile.Read(ref _failedRow) == long.MaxValue)
        {
            return;
        }

        Dispose();
        lock (_failureLock)
        {
            _failure!.Throw();
        }
    }

    private void Work(int worker)
    {
        var owned = _owned[worker];
        foreach (var batch in _queues[worker].GetConsumingEnumerable())
        {
            // Batches after a failed one are skipped; earlier ones still run, and may fail first.
            if (batch.FirstRow < Volatile.Read(ref _failedRow))
            {
                try
                {
                    var rowHashes = batch.RowHashesOf(worker);
                    foreach (var c in owned)
                    {
                        _columns[c].AddCsvFields(batch, c, rowHashes);
                    }

                    if (worker == batch.RowWorker)
                    {
                        _rowWork(batch);
                    }
                }
                catch (Exception exception)
                {
                    Fail(batch.FirstRow, exception);
                }
            }

            if (Interlocked.Decrement(ref batch.Pending) == 0)
            {
                _done(batch, worker);
                _free.Add(batch);
            }
        }
    }

    /// <summary>Keeps the failure of the earliest batch.</summary>
    private void Fail(long batchRow, Exception exception)
    {
        lock (_failureLock)
        {
            if (batchRow < _failedRow)
            {
                _failedRow = batchRow;
                _failure = ExceptionDispatchInfo.Capture(exception);
            }
        }
    }

    /// <summary>Longest-processing-time assignment: the heaviest columns first, each to the least loaded worker.</summary>
    private void AssignColumns(RecordBatch first)
    {
        // Weights: the bytes of each column, plus a fixed cost per field (the row work is shared evenly).
        var count = _columns.Length;
        var weights = new long[count];
        for (var row = 0; row < first.Rows; row++)
        {
            for (var column = 0; column < count; column++)
            {
                weights[column] += first.Field(row, column).Length + 8;
            }
        }

        var loads = new long[_queues.Length];
        var owned = Enumerable.Range(0, _queues.Length).Select(_ => new List<int>()).ToArray();
        foreach (var column in Enumerable.Range(0, count).OrderByDescending(c => weights[c]))
        {
            var lightest = Array.IndexOf(loads, loads.Min());
            owned[lightest].Add(column);
            loads[lightest] += weights[column];
        }

        _owned = owned.Select(list => list.Order().ToArray()).ToArray();
    }
}
