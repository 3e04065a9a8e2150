namespace Amuddu.Matching;

/// <summary>
/// The k best (score, id) pairs seen, kept in a min-heap of k slots allocated once: offering an item is O(log k)
/// and allocates nothing. Ties on the score go to the smaller id, so the order is stable from run to run.
/// </summary>
public sealed class TopK<T>(int k)
{
    private readonly (int Score, Guid Id, T Item)[] heap = new (int, Guid, T)[Math.Max(k, 0)];

    public int Count { get; private set; }
    public int Capacity => heap.Length;

    /// <summary>The lowest score kept, once full; below it nothing gets in.</summary>
    public int Threshold => Count < heap.Length ? int.MinValue : heap[0].Score;

    public bool IsFull => Count == heap.Length;

    public void Offer(int score, Guid id, T item)
    {
        if (heap.Length == 0)
        {
            return;
        }

        if (Count < heap.Length)
        {
            heap[Count] = (score, id, item);
            Up(Count++);
            return;
        }

        if (!Better(score, id, heap[0].Score, heap[0].Id))
        {
            return;
        }

        heap[0] = (score, id, item);
        Down(0);
    }

    /// <summary>Best first.</summary>
    public List<(int Score, T Item)> Sorted()
    {
        var items = heap.AsSpan(0, Count).ToArray();
        Array.Sort(items, (a, b) => Better(a.Score, a.Id, b.Score, b.Id) ? -1 : Better(b.Score, b.Id, a.Score, a.Id) ? 1 : 0);
        return [.. items.Select(i => (i.Score, i.Item))];
    }

    private static bool Better(int score, Guid id, int otherScore, Guid otherId) =>
        score > otherScore || (score == otherScore && id.CompareTo(otherId) < 0);

    private void Up(int i)
    {
        while (i > 0)
        {
            var parent = (i - 1) / 2;
            if (!Better(heap[parent].Score, heap[parent].Id, heap[i].Score, heap[i].Id))
            {
                break;
            }

            (heap[parent], heap[i]) = (heap[i], heap[parent]);
            i = parent;
        }
    }

    private void Down(int i)
    {
        while (true)
        {
            var worst = i;
            var left = 2 * i + 1;
            var right = left + 1;
            if (left < Count && Better(heap[worst].Score, heap[worst].Id, heap[left].Score, heap[left].Id))
            {
                worst = left;
            }

            if (right < Count && Better(heap[worst].Score, heap[worst].Id, heap[right].Score, heap[right].Id))
            {
                worst = right;
            }

            if (worst == i)
            {
                return;
            }

            (heap[worst], heap[i]) = (heap[i], heap[worst]);
            i = worst;
        }
    }
}
