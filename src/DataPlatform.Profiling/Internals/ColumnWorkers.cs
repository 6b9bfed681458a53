using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;

namespace DataPlatform.Profiling.Internals;

/// <summary>
/// Threads that classify the fields of record batches, each owning a fixed set of columns (balanced by
/// the bytes of the first batch), while the reading thread parses the next batch. One worker also
/// runs the per-row work (checks, hashes). Each column is processed batch after batch, row after row,
/// so it sees its values in order. A fixed number of batches circulate, so memory stays flat and the
/// reader waits when the workers fall behind.
/// </summary>
internal sealed class ColumnWorkers : IDisposable
{
    private readonly ColumnAccumulator[] _columns;
    private readonly Action<RecordBatch> _rowWork;
    private readonly BlockingCollection<RecordBatch> _free = new();
    private readonly BlockingCollection<RecordBatch>[] _queues;
    private readonly Thread[] _threads;
    private int[][] _owned = [];
    private int _rowWorker;
    private ExceptionDispatchInfo? _failure;
    private bool _started;

    public ColumnWorkers(ColumnAccumulator[] columns, int workers, Action<RecordBatch> rowWork)
    {
        _columns = columns;
        _rowWork = rowWork;
        var columnCount = columns.Length;
        workers = Math.Clamp(workers, 1, Math.Max(1, columnCount));
        _queues = Enumerable.Range(0, workers).Select(_ => new BlockingCollection<RecordBatch>()).ToArray();
        for (var i = 0; i < workers * 3; i++)
        {
            _free.Add(new RecordBatch(columnCount));
        }

        _threads = Enumerable.Range(0, workers).Select(w => new Thread(() => Work(w)) { IsBackground = true, Name = $"profile-columns-{w}" }).ToArray();
    }

    /// <summary>A batch to fill; waits while every batch is in use.</summary>
    public RecordBatch Rent(long firstRow)
    {
        ThrowIfFailed();
        var batch = _free.Take();
        batch.Reset(firstRow);
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

        batch.Pending = _queues.Length;
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

    private void ThrowIfFailed() => _failure?.Throw();

    private void Work(int worker)
    {
        var owned = _owned[worker];
        foreach (var batch in _queues[worker].GetConsumingEnumerable())
        {
            if (_failure is null)
            {
                try
                {
                    foreach (var c in owned)
                    {
                        var column = _columns[c];
                        for (var row = 0; row < batch.Rows; row++)
                        {
                            column.AddCsvField(batch.Field(row, c), batch.FirstRow + row);
                        }
                    }

                    if (worker == _rowWorker)
                    {
                        _rowWork(batch);
                    }
                }
                catch (Exception exception)
                {
                    Interlocked.CompareExchange(ref _failure, ExceptionDispatchInfo.Capture(exception), null);
                }
            }

            if (Interlocked.Decrement(ref batch.Pending) == 0)
            {
                _free.Add(batch);
            }
        }
    }

    /// <summary>Longest-processing-time assignment: the heaviest columns first, each to the least loaded worker.</summary>
    private void AssignColumns(RecordBatch first)
    {
        // Weights: the bytes of each column, plus a fixed cost per field; the row work reads every byte.
        var count = _columns.Length;
        var weights = new long[count + 1];
        for (var row = 0; row < first.Rows; row++)
        {
            for (var column = 0; column < count; column++)
            {
                weights[column] += first.Field(row, column).Length + 8;
            }

            weights[count] += first.Row(row).Length / 2;
        }

        var loads = new long[_queues.Length];
        var owned = Enumerable.Range(0, _queues.Length).Select(_ => new List<int>()).ToArray();
        foreach (var column in Enumerable.Range(0, count + 1).OrderByDescending(c => weights[c]))
        {
            var lightest = Array.IndexOf(loads, loads.Min());
            if (column == count)
            {
                _rowWorker = lightest;
            }
            else
            {
                owned[lightest].Add(column);
            }

            loads[lightest] += weights[column];
        }

        _owned = owned.Select(list => list.Order().ToArray()).ToArray();
    }
}
