using System.Globalization;
using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using NpgsqlTypes;
using TrialRegistry.Data.Configurations;
using TrialRegistry.Trials;

namespace TrialRegistry.CtGovApi.Search;

/// <summary>A position in a walk: after the row with this key and id, in this phase.</summary>
internal sealed record WalkPosition(int Phase, string Key, int Id);

/// <summary>
/// Keyset paging of a match set in one of the CT.gov sorts, over the registry's stored, indexed
/// sort keys (the search page's, docs/decisions/0008-search.md) with the immutable trial id as the
/// tie-break, so a page starts exactly after the previous one whatever was inserted meanwhile.
/// Ascending sorts on a key a study may lack walk in two phases (studies with the key, then those
/// without by id), because CT.gov puts missing values last in either direction; descending sorts
/// get that for free from the stored "-infinity"/-1 of a missing key.
/// </summary>
internal static class StudyWalk
{
    private const string TextSearchConfig = "english";

    public static async Task<(List<int> Ids, WalkPosition? Next)> PageAsync(
        IQueryable<Trial> matching, CtGovSort sort, string? rankText, WalkPosition? after, int size, CancellationToken cancellationToken)
    {
        switch (sort.Field)
        {
            case CtGovSortField.NctId:
                return await PageByAsync(matching, t => t.RegistryId, sort.Descending, sort.Descending, null, after, size, k => k, k => k, cancellationToken);
            case CtGovSortField.LastUpdatePostDate:
            case CtGovSortField.StartDate:
                var column = sort.Field == CtGovSortField.StartDate ? TrialConfiguration.SortStart : TrialConfiguration.SortLastUpdate;
                return await PageByAsync(matching, t => EF.Property<DateOnly>(t, column), sort.Descending, sort.Descending, (object)DateOnly.MinValue, after, size,
                    k => k.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), k => DateOnly.ParseExact(k, "yyyy-MM-dd", CultureInfo.InvariantCulture), cancellationToken);
            case CtGovSortField.EnrollmentCount:
                return await PageByAsync(matching, t => EF.Property<int>(t, TrialConfiguration.SortEnrollment), sort.Descending, sort.Descending, (object)(-1), after, size,
                    k => k.ToString(CultureInfo.InvariantCulture), k => int.Parse(k, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture), cancellationToken);
            case CtGovSortField.Relevance when !string.IsNullOrWhiteSpace(rankText):
                // Best match first, then the lower id first (as the search page).
                return await PageByAsync(
                    matching,
                    t => EF.Property<NpgsqlTsVector>(t, TrialConfiguration.SearchVector).RankCoverDensity(EF.Functions.WebSearchToTsQuery(TextSearchConfig, rankText)),
                    descending: true, idDescending: false, null, after, size,
                    k => k.ToString("R", CultureInfo.InvariantCulture), k => float.Parse(k, NumberStyles.Float, CultureInfo.InvariantCulture), cancellationToken);
            default:
                // Unsorted (or relevance without text): the registry's id order, the cheapest stable walk.
                return await PageByAsync(matching, t => t.Id, false, false, null, after, size,
                    k => k.ToString(CultureInfo.InvariantCulture), k => int.Parse(k, NumberStyles.None, CultureInfo.InvariantCulture), cancellationToken);
        }
    }

    private static async Task<(List<int> Ids, WalkPosition? Next)> PageByAsync<TKey>(
        IQueryable<Trial> matching,
        Expression<Func<Trial, TKey>> key,
        bool descending,
        bool idDescending,
        object? missing,
        WalkPosition? after,
        int size,
        Func<TKey, string> format,
        Func<string, TKey> parse,
        CancellationToken cancellationToken)
    {
        var twoPhases = missing is not null && !descending;
        var phase = after?.Phase ?? 0;
        if (phase is < 0 or > 1 || (phase == 1 && !twoPhases))
        {
            throw new CtGovRequestException("pageToken: invalid token for this request");
        }

        TKey? afterKey;
        try
        {
            afterKey = after is null ? default : parse(after.Key);
        }
        catch (FormatException)
        {
            throw new CtGovRequestException("pageToken: invalid token for this request");
        }

        var rows = new List<(int Id, TKey Key, int Phase)>();
        var position = after;
        while (true)
        {
            var query = matching;
            if (twoPhases)
            {
                query = query.Where(KeyIs(key, (TKey)missing!, equal: phase == 1));
            }

            if (position is not null && phase == 1)
            {
                var id = position.Id;
                query = query.Where(t => t.Id > id);
            }
            else if (position is not null)
            {
                query = query.Where(Seek(key, descending, idDescending, afterKey!, position.Id));
            }

            var ordered = phase == 1
                ? query.OrderBy(t => t.Id)
                : descending ? query.OrderByDescending(key) : query.OrderBy(key);
            if (phase == 0)
            {
                ordered = idDescending ? ordered.ThenByDescending(t => t.Id) : ordered.ThenBy(t => t.Id);
            }

            var found = await ordered.Take(size + 1 - rows.Count).Select(Row(key)).ToListAsync(cancellationToken);
            rows.AddRange(found.Select(r => (r.Id, r.Key, phase)));
            if (rows.Count > size)
            {
                var last = rows[size - 1];
                return (rows.Take(size).Select(r => r.Id).ToList(), new WalkPosition(last.Phase, format(last.Key), last.Id));
            }

            if (!twoPhases || phase == 1)
            {
                return (rows.Select(r => r.Id).ToList(), null);
            }

            phase = 1;
            position = null;
        }
    }

    /// <summary>
    /// (key, id) after (k, i) in the walk's order, written "key ≥ k AND (key &gt; k OR id &gt; i)" (or
    /// its mirror) so that the first conjunct is an index range (docs/decisions/0008-search.md, fix 2).
    /// </summary>
    private static Expression<Func<Trial, bool>> Seek<TKey>(Expression<Func<Trial, TKey>> key, bool descending, bool idDescending, TKey k, int i)
    {
        var trial = key.Parameters[0];
        var keyValue = Parameter(k);
        var outer = Compare(descending ? ExpressionType.LessThanOrEqual : ExpressionType.GreaterThanOrEqual, key.Body, keyValue);
        var strict = Compare(descending ? ExpressionType.LessThan : ExpressionType.GreaterThan, key.Body, keyValue);
        var byId = Expression.MakeBinary(idDescending ? ExpressionType.LessThan : ExpressionType.GreaterThan, Expression.Property(trial, nameof(Trial.Id)), Parameter(i));
        return Expression.Lambda<Func<Trial, bool>>(Expression.AndAlso(outer, Expression.OrElse(strict, byId)), trial);
    }

    private static Expression<Func<Trial, bool>> KeyIs<TKey>(Expression<Func<Trial, TKey>> key, TKey value, bool equal)
        => Expression.Lambda<Func<Trial, bool>>(
            Expression.MakeBinary(equal ? ExpressionType.Equal : ExpressionType.NotEqual, key.Body, Parameter(value)), key.Parameters[0]);

    // Strings have no comparison operators in C#: string.Compare(a, b) op 0, which EF translates to a op b.
    private static BinaryExpression Compare(ExpressionType type, Expression left, Expression right)
        => left.Type == typeof(string)
            ? Expression.MakeBinary(type, Expression.Call(typeof(string).GetMethod(nameof(string.Compare), [typeof(string), typeof(string)])!, left, right), Expression.Constant(0))
            : Expression.MakeBinary(type, left, right);

    /// <summary>A value read through a closure, so EF sends it as a parameter (one plan for every page).</summary>
    private static MemberExpression Parameter<T>(T value)
        => Expression.Property(Expression.Constant(new Box<T>(value)), nameof(Box<T>.Value));

    private static Expression<Func<Trial, KeyRow<TKey>>> Row<TKey>(Expression<Func<Trial, TKey>> key)
        => Expression.Lambda<Func<Trial, KeyRow<TKey>>>(
            Expression.MemberInit(
                Expression.New(typeof(KeyRow<TKey>)),
                Expression.Bind(typeof(KeyRow<TKey>).GetProperty(nameof(KeyRow<TKey>.Id))!, Expression.Property(key.Parameters[0], nameof(Trial.Id))),
                Expression.Bind(typeof(KeyRow<TKey>).GetProperty(nameof(KeyRow<TKey>.Key))!, key.Body)),
            key.Parameters[0]);

    private sealed class Box<T>(T value)
    {
        public T Value { get; } = value;
    }

    private sealed class KeyRow<TKey>
    {
        public int Id { get; init; }

        public TKey Key { get; init; } = default!;
    }
}
