using System.Runtime.CompilerServices;

namespace DataPlatform.Profiling.Internals;

/// <summary>
/// An append-only list in chunks of 2^20 items: past the first chunk, growing it never copies or
/// doubles, so a column of 5 million values costs its values and nothing more. The first chunk starts
/// small and doubles up to full size, so that a list of a few values (a column of a short, wide file)
/// costs a few values, not a full chunk.
/// </summary>
internal sealed class ChunkedList<T>
    where T : unmanaged
{
    private const int ChunkBits = 20;
    private const int ChunkSize = 1 << ChunkBits;
    private const int FirstCapacity = 16;
    private readonly List<T[]> _chunks = [];
    private T[] _current = [];
    private int _position;

    public long Count { get; private set; }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(T value)
    {
        if (_position == _current.Length)
        {
            Grow();
        }

        _current[_position++] = value;
        Count++;
    }

    public void AddMany(T value, long count)
    {
        for (long i = 0; i < count; i++)
        {
            Add(value);
        }
    }

    public ref T this[long index] => ref _chunks[(int)(index >> ChunkBits)][index & (ChunkSize - 1)];

    /// <summary>Lists that grow together (the columns of one table) have chunks that cover the same rows.</summary>
    public int ChunkCount => _chunks.Count;

    /// <summary>The filled part of chunk <paramref name="index"/>.</summary>
    public Span<T> Chunk(int index) => _chunks[index].AsSpan(0, ChunkLength(index));

    public void Clear()
    {
        _chunks.Clear();
        _current = [];
        _position = 0;
        Count = 0;
    }

    private int ChunkLength(int index) => (int)Math.Min(ChunkSize, Count - ((long)index << ChunkBits));

    private void Grow()
    {
        if (_current.Length is > 0 and < ChunkSize)
        {
            // The first chunk, still growing: chunks after it start at row 2^20, so it doubles in place.
            var larger = GC.AllocateUninitializedArray<T>(_current.Length * 2);
            _current.CopyTo(larger, 0);
            _current = larger;
            _chunks[0] = larger;
            return;
        }

        _current = GC.AllocateUninitializedArray<T>(_chunks.Count == 0 ? FirstCapacity : ChunkSize);
        _chunks.Add(_current);
        _position = 0;
    }
}
