using System.Runtime.CompilerServices;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using TrialRegistry.Data;
using TrialRegistry.Data.Configurations;
using TrialRegistry.Import;
using TrialRegistry.Search;
using TrialRegistry.Search.Facets;
using TrialRegistry.Trials;
using TrialRegistry.Trials.Editing;

namespace TrialRegistry.CtGovApi.Search;

/// <summary>A page of studies (with their whole record, in order), the next page's token and, when asked, the total.</summary>
public sealed record CtGovStudiesPage(IReadOnlyList<Trial> Studies, string? NextPageToken, int? TotalCount);

/// <summary>
/// <c>GET /api/v2/studies</c> on the registry's search: the text and status filters go through
/// <see cref="SearchTrials"/>' own filter (one query engine), the CT.gov areas and filters it does not
/// have are added here, and pages are walked by keyset (<see cref="StudyWalk"/>). Each page's
/// trials are loaded with their record in one split query. The paging guarantee is in
/// docs/decisions/0020-ctgov-studies-paging.md.
/// </summary>
public static class SearchCtGovStudies
{
    private const string Config = "english";

    private const double EarthRadiusKm = 6371.0088;

    /// <summary>The token phase of a walk served from its snapshot (key = the snapshot, id = the offset).</summary>
    private const int SnapshotPhase = 9;

    /// <summary>Ids read per statement when a walk's order is taken.</summary>
    private const int SnapshotChunk = 50_000;

    /// <param name="snapshots">
    /// Where walks sorted by a key an edit can change keep their order (exactly once whatever
    /// changes); null walks every sort by keyset (stateless, exact only for id and NCTId orders).
    /// </param>
    public static async Task<CtGovStudiesPage> RunAsync(
        RegistryDbContext db, CtGovStudiesRequest request, StudyWalkSnapshots? snapshots = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(request);
        var fingerprint = CtGovPageToken.FingerprintOf(Canonical(request));
        var after = request.PageToken is null ? null : CtGovPageToken.Decode(request.PageToken, fingerprint);
        var matching = Matching(db, request);
        if (snapshots is not null && KeyCanChange(request.Sort) && (after is null || after.Phase == SnapshotPhase))
        {
            return await SnapshotPageAsync(db, request, matching, fingerprint, after, snapshots, cancellationToken);
        }

        var (ids, next) = await StudyWalk.PageAsync(
            matching, request.Sort, request.RankText, after is null ? null : new WalkPosition(after.Phase, after.Key, after.Id), request.PageSize, cancellationToken);
        var studies = await LoadInOrderAsync(db, ids, cancellationToken);

        // Counted on the first page only, as CT.gov does (countTotal is ignored for the next pages).
        int? total = request.CountTotal && request.PageToken is null ? await matching.CountAsync(cancellationToken) : null;
        var token = next is null ? null : new CtGovPageToken(fingerprint, next.Phase, next.Key, next.Id).Encode();
        return new CtGovStudiesPage(studies, token, total);
    }

    private static bool KeyCanChange(CtGovSort sort) => sort.Field is CtGovSortField.LastUpdatePostDate or CtGovSortField.StartDate
        or CtGovSortField.EnrollmentCount or CtGovSortField.Relevance;

    /// <summary>
    /// A walk in an order edits can change: the first page reads every match's id in order (one
    /// consistent snapshot of the database), keeps them if there is more than one page, and serves
    /// slices of that order; a study deleted meanwhile is left out, an edited one keeps its place.
    /// </summary>
    private static async Task<CtGovStudiesPage> SnapshotPageAsync(
        RegistryDbContext db, CtGovStudiesRequest request, IQueryable<Trial> matching, string fingerprint, CtGovPageToken? after,
        StudyWalkSnapshots snapshots, CancellationToken cancellationToken)
    {
        int[] order;
        string key;
        var offset = after?.Id ?? 0;
        if (after is null)
        {
            order = await OrderAsync(db, matching, request, cancellationToken);
            key = order.Length > request.PageSize ? snapshots.Add(order) : string.Empty;
        }
        else
        {
            key = after.Key;
            order = snapshots.Find(key) ?? throw new CtGovRequestException(
                "pageToken: this walk's order is no longer held (walks sorted by a changing field are kept an hour after their last page); start again from the first page");
        }

        var ids = order.Skip(offset).Take(request.PageSize).ToList();
        var studies = await LoadInOrderAsync(db, ids, cancellationToken);
        var end = offset + ids.Count;
        var token = end < order.Length ? new CtGovPageToken(fingerprint, SnapshotPhase, key, end).Encode() : null;
        int? total = request.CountTotal && after is null ? order.Length : null;
        return new CtGovStudiesPage(studies, token, total);
    }

    /// <summary>Every match's id in the walk's order, read in chunks inside one repeatable-read transaction (one snapshot).</summary>
    private static async Task<int[]> OrderAsync(RegistryDbContext db, IQueryable<Trial> matching, CtGovStudiesRequest request, CancellationToken cancellationToken)
    {
        var order = new List<int>();
        await using var transaction = db.Database.CurrentTransaction is null
            ? await db.Database.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead, cancellationToken)
            : null;
        WalkPosition? position = null;
        do
        {
            var (ids, next) = await StudyWalk.PageAsync(matching, request.Sort, request.RankText, position, SnapshotChunk, cancellationToken);
            order.AddRange(ids);
            position = next;
        }
        while (position is not null);

        if (transaction is not null)
        {
            await transaction.CommitAsync(cancellationToken);
        }

        return [.. order];
    }

    /// <summary>
    /// Every trial of a search page's search, in the page's order, in batches read by keyset (one
    /// batch in memory at a time), for the exports.
    /// </summary>
    public static async IAsyncEnumerable<IReadOnlyList<Trial>> ExportBatchesAsync(
        RegistryDbContext db, TrialSearchQuery query, int batchSize, FacetIndex? facetIndex = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(query);
        // The box's text is read as on the search page: identifier, sponsor name, or words.
        var reading = await SearchTrials.ReadBoxAsync(db, query, cancellationToken);
        if (reading.Identified is null)
        {
            // Words or a sponsor: the search page's own pages, in its order (relevance tiers
            // included), through the facet index when there is one.
            string? after = null;
            do
            {
                var page = await SearchTrials.RunAsync(
                    db, query with { PageSize = Math.Min(batchSize, TrialSearchQuery.MaxPageSize), After = after, IncludeFacets = false }, facetIndex, cancellationToken);
                if (page.Hits.Count > 0)
                {
                    yield return await LoadInOrderAsync(db, page.Hits.Select(h => h.Id).ToList(), cancellationToken);
                }

                after = page.NextCursor;
            }
            while (after is not null);
            yield break;
        }

        var sort = reading.Query.EffectiveSort switch
        {
            TrialSort.Relevance => new CtGovSort(CtGovSortField.Relevance, true),
            TrialSort.StartDate => new CtGovSort(CtGovSortField.StartDate, true),
            TrialSort.Enrollment => new CtGovSort(CtGovSortField.EnrollmentCount, true),
            _ => new CtGovSort(CtGovSortField.LastUpdatePostDate, true),
        };
        // Identifiers: the trials they name, walked in the page's sort.
        var found = reading.Identified.Select(t => t.Id).ToList();
        var matching = db.Trials.AsNoTracking().Where(t => found.Contains(t.Id));

        WalkPosition? position = null;
        do
        {
            var (ids, next) = await StudyWalk.PageAsync(matching, sort, reading.Query.Text, position, batchSize, cancellationToken);
            if (ids.Count > 0)
            {
                yield return await LoadInOrderAsync(db, ids, cancellationToken);
            }

            position = next;
        }
        while (position is not null);
    }

    /// <summary>The trials of one page with their whole record: one split query (a statement per child list), not one per trial.</summary>
    private static async Task<List<Trial>> LoadInOrderAsync(RegistryDbContext db, List<int> ids, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return [];
        }

        var trials = await db.Trials.AsNoTracking().WithRecord().Where(t => ids.Contains(t.Id)).ToDictionaryAsync(t => t.Id, cancellationToken);

        // A trial deleted between the key query and this one is left out.
        return ids.Where(trials.ContainsKey).Select(id => trials[id]).ToList();
    }

    /// <summary>What defines a walk: the filters and the sort (not pageSize, countTotal, fields or format).</summary>
    private static string Canonical(CtGovStudiesRequest request)
        => JsonSerializer.Serialize(new object?[]
        {
            request.Term, request.Conditions, request.Interventions, request.Titles, request.Outcomes, request.Sponsors,
            request.LeadSponsor, request.Locations, request.StudyIds, request.Statuses.Select(s => (int)s).Order(), request.NctIds.Order(StringComparer.Ordinal),
            request.Geo is { } g ? new[] { g.Latitude, g.Longitude, g.Kilometres } : null,
            request.Advanced.Select(a => a.ToString()), request.OnlyNctIds, request.Sort.ToString(),
        });

    internal static IQueryable<Trial> Matching(RegistryDbContext db, CtGovStudiesRequest request)
    {
        // A query that is nothing but NCT ids returns those studies, filters ignored (CT.gov's rule).
        if (request.OnlyNctIds is { } only)
        {
            return db.Trials.AsNoTracking().Where(t => only.Contains(t.RegistryId));
        }

        // query.term and filter.overallStatus are the search page's own text and status filter.
        var trials = SearchTrials.Filter(db, new TrialSearchQuery { Text = request.Term, Statuses = request.Statuses, IncludeFacets = false }, except: null);

        // The other areas match their own fields' words (to_tsvector on the fly: no index, but
        // only over the rows the other filters leave).
        if (request.Titles is { } titles)
        {
            trials = trials.Where(t => EF.Functions.ToTsVector(Config, t.BriefTitle + " " + (t.OfficialTitle ?? string.Empty) + " " + (t.Acronym ?? string.Empty))
                .Matches(EF.Functions.WebSearchToTsQuery(Config, titles)));
        }

        // List areas match when one item of the list matches (string_agg over the items cannot be
        // translated inside a filter, and an item is what CT.gov's areas index as one field).
        if (request.Conditions is { } conditions)
        {
            trials = trials.Where(t => t.Conditions.Any(c => EF.Functions.ToTsVector(Config, c.Condition.Name + " " + (c.Condition.MeshTerm ?? string.Empty))
                .Matches(EF.Functions.WebSearchToTsQuery(Config, conditions))));
        }

        if (request.Interventions is { } interventions)
        {
            trials = trials.Where(t => t.Interventions.Any(i => EF.Functions.ToTsVector(Config, i.Name + " " + (i.Description ?? string.Empty))
                .Matches(EF.Functions.WebSearchToTsQuery(Config, interventions))));
        }

        if (request.Outcomes is { } outcomes)
        {
            trials = trials.Where(t => t.Outcomes.Any(o => EF.Functions.ToTsVector(Config, o.Measure + " " + (o.Description ?? string.Empty))
                .Matches(EF.Functions.WebSearchToTsQuery(Config, outcomes))));
        }

        if (request.Sponsors is { } sponsors)
        {
            trials = trials.Where(t => EF.Functions.ToTsVector(Config, t.LeadSponsor.Name).Matches(EF.Functions.WebSearchToTsQuery(Config, sponsors))
                || t.Collaborators.Any(c => EF.Functions.ToTsVector(Config, c.Organization.Name).Matches(EF.Functions.WebSearchToTsQuery(Config, sponsors))));
        }

        if (request.LeadSponsor is { } lead)
        {
            trials = trials.Where(t => EF.Functions.ToTsVector(Config, t.LeadSponsor.Name).Matches(EF.Functions.WebSearchToTsQuery(Config, lead)));
        }

        if (request.Locations is { } locations)
        {
            trials = trials.Where(t => t.Locations.Any(l => EF.Functions.ToTsVector(
                    Config, (l.Facility ?? string.Empty) + " " + (l.City ?? string.Empty) + " " + (l.State ?? string.Empty) + " " + (l.Zip ?? string.Empty) + " " + (l.Country ?? string.Empty))
                .Matches(EF.Functions.WebSearchToTsQuery(Config, locations))));
        }

        if (request.StudyIds.Count > 0)
        {
            var ids = request.StudyIds.ToList();
            trials = trials.Where(t => ids.Contains(t.RegistryId)
                || (t.OrgStudyId != null && ids.Contains(t.OrgStudyId.ToUpper()))
                || t.SecondaryIds.Any(s => ids.Contains(s.Value.ToUpper())));
        }

        if (request.NctIds.Count > 0)
        {
            var ids = request.NctIds.ToList();
            trials = trials.Where(t => ids.Contains(t.RegistryId));
        }

        if (request.Geo is { } geo)
        {
            trials = WithinDistance(trials, geo);
        }

        foreach (var condition in request.Advanced)
        {
            trials = Apply(trials, condition);
        }

        return trials;
    }

    /// <summary>
    /// Some location within the distance (haversine on the WGS84 mean radius); a latitude band
    /// first, which is cheap. Locations without coordinates never match.
    /// </summary>
    private static IQueryable<Trial> WithinDistance(IQueryable<Trial> trials, GeoDistance geo)
    {
        const double Radians = Math.PI / 180;
        var latitude = geo.Latitude;
        var longitude = geo.Longitude;
        var band = geo.Kilometres / EarthRadiusKm / Radians;
        var (south, north) = (latitude - band, latitude + band);
        var cosLatitude = Math.Cos(latitude * Radians);
        var maxAngle = geo.Kilometres / (2 * EarthRadiusKm);
        var maxHaversine = maxAngle >= Math.PI / 2 ? 1.0 : Math.Pow(Math.Sin(maxAngle), 2);
        return trials.Where(t => t.Locations.Any(l => l.Latitude != null && l.Longitude != null
            && l.Latitude >= south && l.Latitude <= north
            && Math.Pow(Math.Sin((l.Latitude.Value - latitude) * Radians / 2), 2)
                + (cosLatitude * Math.Cos(l.Latitude.Value * Radians) * Math.Pow(Math.Sin((l.Longitude.Value - longitude) * Radians / 2), 2))
                <= maxHaversine));
    }

    private static IQueryable<Trial> Apply(IQueryable<Trial> trials, AdvancedCondition condition)
    {
        switch (condition)
        {
            case PhaseCondition { Phase: var phase }:
                return trials.Where(t => t.Phases.Contains(phase));
            case StudyTypeCondition { StudyType: var type }:
                return trials.Where(t => t.StudyType == type);
            case StatusCondition { Status: var status }:
                return trials.Where(t => t.OverallStatus == status);
            case HasResultsCondition { HasResults: var hasResults }:
                return trials.Where(t => t.HasResults == hasResults);
            case DateRangeCondition range:
                var column = range.Field == AdvancedDateField.StartDate ? TrialConfiguration.SortStart : TrialConfiguration.SortLastUpdate;

                // The stored sort key: -infinity (DateOnly.MinValue) when the study has no such date.
                var from = range.From ?? DateOnly.MinValue.AddDays(1);
                trials = trials.Where(t => EF.Property<DateOnly>(t, column) >= from);
                if (range.To is { } to)
                {
                    trials = trials.Where(t => EF.Property<DateOnly>(t, column) <= to);
                }

                return trials;
            case EnrollmentRangeCondition range:
                var least = range.From ?? 0;
                trials = trials.Where(t => EF.Property<int>(t, TrialConfiguration.SortEnrollment) >= least);
                if (range.To is { } most)
                {
                    trials = trials.Where(t => EF.Property<int>(t, TrialConfiguration.SortEnrollment) <= most);
                }

                return trials;
            default:
                throw new ArgumentOutOfRangeException(nameof(condition), condition, "Unknown advanced condition.");
        }
    }
}
