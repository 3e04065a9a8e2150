using System.ComponentModel;
using System.Globalization;
using System.Linq.Expressions;
using System.Reflection;
using Amuddu.Web.Data;
using Amuddu.Web.Features.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Amuddu.Web.Features.Rights;

/// <summary>
/// The rows any area keeps on a person, found from the model rather than from a list of areas: every
/// entity with a <c>PersonId</c>. Merging moves them and retention reads their dates, so an area added
/// later is covered without being named here.
/// </summary>
public static class PersonRows
{
    public const string PersonIdProperty = "PersonId";

    /// <summary>Search keys (from the person's own names) and match profiles (from the positioning) are derived and rebuilt, not moved.</summary>
    private static readonly Type[] Derived = [typeof(PersonSearchKey), typeof(Matching.MatchProfile)];

    private static readonly MethodInfo LoadMethod = typeof(PersonRows).GetMethod(nameof(LoadTypedAsync), BindingFlags.NonPublic | BindingFlags.Static)!;
    private static readonly MethodInfo PersonIdsMethod = typeof(PersonRows).GetMethod(nameof(PersonIdsTypedAsync), BindingFlags.NonPublic | BindingFlags.Static)!;

    public static IEnumerable<IEntityType> Types(IModel model) => model.GetEntityTypes()
        .Where(t => t.BaseType is null && !t.IsOwned() && !t.HasSharedClrType && t.GetTableName() is not null && !Derived.Contains(t.ClrType)
            && t.FindProperty(PersonIdProperty) is { } p && (p.ClrType == typeof(Guid) || p.ClrType == typeof(Guid?)));

    /// <summary>A row is moved by changing its PersonId, which it can only be when that is not part of its key.</summary>
    public static bool IsMovable(IEntityType type) => type.FindPrimaryKey() is { Properties: [var key] } && key.Name != PersonIdProperty;

    /// <summary>One row per person at most (a positioning record, an action plan): two files cannot both bring one.</summary>
    public static bool IsOnePerPerson(IEntityType type) =>
        type.GetIndexes().Any(i => i.IsUnique && i.Properties is [{ Name: PersonIdProperty }]);

    /// <summary>The rows of one entity type that belong to the person, tracked so that they can be changed.</summary>
    public static Task<List<object>> LoadAsync(AmudduDbContext db, IEntityType type, Guid personId, CancellationToken cancellationToken)
    {
        var row = Expression.Parameter(type.ClrType, "row");
        var filter = Expression.Lambda(Expression.Equal(PersonIdOf(type, row), Parameter((Guid?)personId)), row);
        return (Task<List<object>>)LoadMethod.MakeGenericMethod(type.ClrType).Invoke(null, [db, filter, cancellationToken])!;
    }

    /// <summary>Of <paramref name="people"/>, those with a row of this type dated (created, updated, recorded…) after <paramref name="since"/>.</summary>
    public static Task<List<Guid?>> ActiveSinceAsync(
        AmudduDbContext db, IEntityType type, List<Guid?> people, DateTimeOffset since, CancellationToken cancellationToken)
    {
        var dates = type.GetProperties().Where(p => p.ClrType == typeof(DateTimeOffset) || p.ClrType == typeof(DateTimeOffset?)).ToList();
        if (dates.Count == 0)
        {
            return Task.FromResult(new List<Guid?>());
        }

        var row = Expression.Parameter(type.ClrType, "row");
        var personId = PersonIdOf(type, row);
        Expression recent = Expression.Constant(false);
        foreach (var date in dates)
        {
            var value = Expression.Call(typeof(EF), nameof(EF.Property), [date.ClrType], row, Expression.Constant(date.Name));
            recent = Expression.OrElse(recent, Expression.GreaterThan(
                Expression.Convert(value, typeof(DateTimeOffset?)), Parameter((DateTimeOffset?)since)));
        }

        var among = Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [typeof(Guid?)], Parameter(people), personId);
        var filter = Expression.Lambda(Expression.AndAlso(among, recent), row);
        var select = Expression.Lambda(personId, row);
        return (Task<List<Guid?>>)PersonIdsMethod.MakeGenericMethod(type.ClrType).Invoke(null, [db, filter, select, cancellationToken])!;
    }

    /// <summary>The primary key as text, for the merge record.</summary>
    public static string RowIdOf(AmudduDbContext db, IEntityType type, object row) =>
        Convert.ToString(db.Entry(row).Property(type.FindPrimaryKey()!.Properties[0].Name).CurrentValue, CultureInfo.InvariantCulture)!;

    public static ValueTask<object?> FindAsync(AmudduDbContext db, IEntityType type, string rowId, CancellationToken cancellationToken)
    {
        var key = type.FindPrimaryKey()!.Properties[0].ClrType;
        return db.FindAsync(type.ClrType, [TypeDescriptor.GetConverter(key).ConvertFromInvariantString(rowId)], cancellationToken);
    }

    public static void SetPersonId(AmudduDbContext db, object row, Guid personId) =>
        db.Entry(row).Property(PersonIdProperty).CurrentValue = personId;

    public static Guid? PersonIdOf(AmudduDbContext db, object row) => (Guid?)db.Entry(row).Property(PersonIdProperty).CurrentValue;

    /// <summary>
    /// A value the query sends as a parameter, as a captured variable would be: a constant would be written into the SQL,
    /// and a person's id would then be in the text that traces record and plan caches keep.
    /// </summary>
    private static MemberExpression Parameter<T>(T value) =>
        Expression.Property(Expression.Constant(new Captured<T>(value)), nameof(Captured<T>.Value));

    private sealed record Captured<T>(T Value);

    private static Expression PersonIdOf(IEntityType type, ParameterExpression row)
    {
        var clrType = type.FindProperty(PersonIdProperty)!.ClrType;
        return Expression.Convert(Expression.Call(typeof(EF), nameof(EF.Property), [clrType], row, Expression.Constant(PersonIdProperty)), typeof(Guid?));
    }

    private static async Task<List<object>> LoadTypedAsync<T>(AmudduDbContext db, Expression<Func<T, bool>> filter, CancellationToken cancellationToken)
        where T : class =>
        [.. await db.Set<T>().Where(filter).ToListAsync(cancellationToken)];

    private static Task<List<Guid?>> PersonIdsTypedAsync<T>(
        AmudduDbContext db, Expression<Func<T, bool>> filter, Expression<Func<T, Guid?>> select, CancellationToken cancellationToken)
        where T : class =>
        db.Set<T>().AsNoTracking().Where(filter).Select(select).Distinct().ToListAsync(cancellationToken);
}
