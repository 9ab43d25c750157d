using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using TrialRegistry.Data;
using TrialRegistry.LinkedRecords;
using TrialRegistry.Trials;
using TrialRegistry.Web.Components.Shared;

namespace TrialRegistry.Web.Components.Pages.Products;

/// <summary>One page of one tab: which product, which organization (null: all), which page, which order.</summary>
public sealed record ProductListRequest(int ProductId, int? OrganizationId, int Page, int PageSize, string? Sort, bool Descending)
{
    public const string SortDate = "date";
    public const string SortTitle = "title";
    public const string SortIdentifier = "id";
    public const string SortStatus = "status";
    public const string SortType = "type";
    public const string SortValue = "value";
}

public sealed record ProductRecordPage<T>(IReadOnlyList<T> Rows, int Total);

public sealed record ProductTrialRow(
    string RegistryId,
    string BriefTitle,
    OverallStatus OverallStatus,
    OverallStatus? LastKnownStatus,
    List<Phase> Phases,
    int LeadSponsorId,
    string LeadSponsor,
    RegistryDate? StartDate);

public sealed record ClinicalResultRow(
    int Id,
    string Title,
    ClinicalResultSource Source,
    DateOnly? Date,
    string? Indication,
    List<Phase> Phases,
    string? Url,
    string? Doi,
    string? PubMedId,
    List<string> Trials);

public sealed record TranslationalStudyRow(int Id, string Title, string? Venue, DateOnly? Date, TranslationalStudyKind Kind, string? Url, string? Doi, string? PubMedId);

public sealed record PatentRow(
    int Id,
    string PublicationNumber,
    string Title,
    List<OrganizationLink> Assignees,
    string Jurisdiction,
    PatentType Type,
    PatentLegalStatus LegalStatus,
    DateOnly? PriorityDate,
    DateOnly? FilingDate,
    DateOnly? PublicationDate,
    DateOnly? GrantDate,
    string? Url);

public sealed record DealPartyRow(int OrganizationId, string Name, DealRole Role);

public sealed record DealRow(
    int Id,
    string Title,
    DateOnly? Date,
    DealType Type,
    DealStatus Status,
    decimal? Value,
    string? Currency,
    decimal? Upfront,
    decimal? Milestones,
    List<DealPartyRow> Parties,
    string? Url);

/// <summary>
/// The lists of a product page's tabs: one page each, sorted and paged by the database, filtered by
/// <see cref="ProductRecordScope"/>. Undated records come last whichever way dates are sorted; the id
/// breaks ties so that paging is stable. Offset paging is fine here: one product has hundreds of
/// records, not hundreds of thousands.
/// </summary>
public static class ListProductRecords
{
    public static Task<ProductRecordPage<ProductTrialRow>> TrialsAsync(RegistryDbContext db, ProductListRequest request, CancellationToken cancellationToken)
    {
        var trials = ProductRecordScope.Trials(db, request.ProductId, request.OrganizationId).AsNoTracking();
        var sorted = request.Sort switch
        {
            ProductListRequest.SortTitle => trials.SortBy(t => t.BriefTitle.ToLower(), request.Descending),
            ProductListRequest.SortIdentifier => trials.SortBy(t => t.RegistryId, request.Descending),
            ProductListRequest.SortStatus => trials.SortBy(t => t.OverallStatus, request.Descending),
            _ => trials.OrderBy(t => t.StartDate == null).ThenSortBy(t => t.StartDate!.Date, request.Descending),
        };
        return PageAsync(
            trials,
            sorted.ThenBy(t => t.Id),
            t => new ProductTrialRow(t.RegistryId, t.BriefTitle, t.OverallStatus, t.LastKnownStatus, t.Phases, t.LeadSponsorId, t.LeadSponsor.Name, t.StartDate),
            request,
            cancellationToken);
    }

    public static Task<ProductRecordPage<ClinicalResultRow>> ClinicalResultsAsync(RegistryDbContext db, ProductListRequest request, CancellationToken cancellationToken)
    {
        var results = ProductRecordScope.ClinicalResults(db, request.ProductId, request.OrganizationId).AsNoTracking();
        var sorted = request.Sort switch
        {
            ProductListRequest.SortTitle => results.SortBy(r => r.Title.ToLower(), request.Descending),
            ProductListRequest.SortType => results.SortBy(r => r.Source, request.Descending),
            _ => results.OrderBy(r => r.Date == null).ThenSortBy(r => r.Date, request.Descending),
        };
        return PageAsync(
            results,
            sorted.ThenBy(r => r.Id),
            r => new ClinicalResultRow(
                r.Id, r.Title, r.Source, r.Date, r.Indication, r.Phases, r.Url, r.Doi, r.PubMedId,
                r.Trials.OrderBy(t => t.RegistryId).Select(t => t.RegistryId).ToList()),
            request,
            cancellationToken);
    }

    public static Task<ProductRecordPage<TranslationalStudyRow>> TranslationalStudiesAsync(RegistryDbContext db, ProductListRequest request, CancellationToken cancellationToken)
    {
        var studies = ProductRecordScope.TranslationalStudies(db, request.ProductId, request.OrganizationId).AsNoTracking();
        var sorted = request.Sort switch
        {
            ProductListRequest.SortTitle => studies.SortBy(s => s.Title.ToLower(), request.Descending),
            ProductListRequest.SortType => studies.SortBy(s => s.Kind, request.Descending),
            _ => studies.OrderBy(s => s.Date == null).ThenSortBy(s => s.Date, request.Descending),
        };
        return PageAsync(
            studies,
            sorted.ThenBy(s => s.Id),
            s => new TranslationalStudyRow(s.Id, s.Title, s.Venue, s.Date, s.Kind, s.Url, s.Doi, s.PubMedId),
            request,
            cancellationToken);
    }

    public static Task<ProductRecordPage<PatentRow>> PatentsAsync(RegistryDbContext db, ProductListRequest request, CancellationToken cancellationToken)
    {
        var patents = ProductRecordScope.Patents(db, request.ProductId, request.OrganizationId).AsNoTracking();
        var sorted = request.Sort switch
        {
            ProductListRequest.SortTitle => patents.SortBy(p => p.Title.ToLower(), request.Descending),
            ProductListRequest.SortIdentifier => patents.SortBy(p => p.PublicationNumber, request.Descending),
            ProductListRequest.SortStatus => patents.SortBy(p => p.LegalStatus, request.Descending),

            // The patent's year on the chart: publication, else filing, else priority date.
            _ => patents.OrderBy(p => (p.PublicationDate ?? p.FilingDate ?? p.PriorityDate) == null)
                .ThenSortBy(p => p.PublicationDate ?? p.FilingDate ?? p.PriorityDate, request.Descending),
        };
        return PageAsync(
            patents,
            sorted.ThenBy(p => p.Id),
            p => new PatentRow(
                p.Id, p.PublicationNumber, p.Title,
                p.Assignees.OrderBy(a => a.Name).Select(a => new OrganizationLink(a.Id, a.Name)).ToList(),
                p.Jurisdiction, p.Type, p.LegalStatus, p.PriorityDate, p.FilingDate, p.PublicationDate, p.GrantDate, p.Url),
            request,
            cancellationToken);
    }

    public static Task<ProductRecordPage<DealRow>> DealsAsync(RegistryDbContext db, ProductListRequest request, CancellationToken cancellationToken)
    {
        var deals = ProductRecordScope.Deals(db, request.ProductId, request.OrganizationId).AsNoTracking();
        var sorted = request.Sort switch
        {
            ProductListRequest.SortTitle => deals.SortBy(d => d.Title.ToLower(), request.Descending),
            ProductListRequest.SortType => deals.SortBy(d => d.Type, request.Descending),

            // Values in different currencies are compared as numbers: good enough to find the big ones.
            ProductListRequest.SortValue => deals.OrderBy(d => d.Value == null).ThenSortBy(d => d.Value, request.Descending),
            _ => deals.OrderBy(d => d.Date == null).ThenSortBy(d => d.Date, request.Descending),
        };
        return PageAsync(
            deals,
            sorted.ThenBy(d => d.Id),
            d => new DealRow(
                d.Id, d.Title, d.Date, d.Type, d.Status, d.Value, d.Currency, d.Upfront, d.Milestones,
                d.Parties.OrderBy(p => p.Role == DealRole.Principal ? 0 : 1).ThenBy(p => p.Organization.Name)
                    .Select(p => new DealPartyRow(p.OrganizationId, p.Organization.Name, p.Role)).ToList(),
                d.Url),
            request,
            cancellationToken);
    }

    private static async Task<ProductRecordPage<TRow>> PageAsync<TEntity, TRow>(
        IQueryable<TEntity> filtered,
        IOrderedQueryable<TEntity> sorted,
        Expression<Func<TEntity, TRow>> projection,
        ProductListRequest request,
        CancellationToken cancellationToken)
        where TEntity : class
    {
        ArgumentOutOfRangeException.ThrowIfNegative(request.Page);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(request.PageSize);

        var total = await filtered.CountAsync(cancellationToken);
        var rows = await sorted
            .Skip(request.Page * request.PageSize)
            .Take(request.PageSize)
            .AsSplitQuery()
            .Select(projection)
            .ToListAsync(cancellationToken);
        return new ProductRecordPage<TRow>(rows, total);
    }

    private static IOrderedQueryable<T> SortBy<T, TKey>(this IQueryable<T> source, Expression<Func<T, TKey>> key, bool descending)
        => descending ? source.OrderByDescending(key) : source.OrderBy(key);

    private static IOrderedQueryable<T> ThenSortBy<T, TKey>(this IOrderedQueryable<T> source, Expression<Func<T, TKey>> key, bool descending)
        => descending ? source.ThenByDescending(key) : source.ThenBy(key);
}
