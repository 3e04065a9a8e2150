using Amuddu.Web.Data;
using Microsoft.AspNetCore.Components;

namespace Amuddu.Web.Components.Shared;

/// <summary>
/// A section of a page that loads its own data. Blazor initialises sibling components
/// concurrently, and a DbContext allows one operation at a time (PostgreSQL really runs them in
/// parallel), so each section works in a unit of work of its own instead of the page's.
/// </summary>
public abstract class SectionComponent : ComponentBase, IAsyncDisposable
{
    private AsyncServiceScope? _scope;

    [Inject] private IServiceScopeFactory ScopeFactory { get; set; } = default!;

    protected AmudduDbContext Db => (_scope ??= ScopeFactory.CreateAsyncScope()).ServiceProvider.GetRequiredService<AmudduDbContext>();

    public async ValueTask DisposeAsync()
    {
        if (_scope is { } scope)
        {
            await scope.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }
}
