namespace Amuddu.Web.Features.Home;

/// <summary>
/// A queue as a home page shows it: the first few items and how many there are in all. A role home shows
/// <see cref="Shown"/> of each queue, the full paged list <see cref="PageSize"/> at a time.
/// </summary>
public sealed record WorkList<T>(IReadOnlyList<T> Items, int Total)
{
    public static readonly WorkList<T> Empty = new([], 0);

    public bool HasMore => Total > Items.Count;
}

public static class WorkLists
{
    /// <summary>Items of each queue shown on a role home.</summary>
    public const int Shown = 5;

    /// <summary>Items per page of a full list.</summary>
    public const int PageSize = 25;

    /// <summary>The rows to skip for a page number read from the query string (1 when absent or wrong).</summary>
    public static int Skip(int? page) => (Math.Max(page ?? 1, 1) - 1) * PageSize;
}
