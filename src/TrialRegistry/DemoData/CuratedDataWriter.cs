using Microsoft.EntityFrameworkCore;
using TrialRegistry.Common;
using TrialRegistry.Data;
using TrialRegistry.Import;
using TrialRegistry.LinkedRecords;
using TrialRegistry.Organizations;
using TrialRegistry.Products;
using TrialRegistry.Trials;

namespace TrialRegistry.DemoData;

/// <summary>How many linked records of each kind a load added.</summary>
internal sealed record LinkedRecordsAdded(int ClinicalResults, int TranslationalStudies, int Patents, int Deals);

/// <summary>
/// Writes the curated demo data (organizations, products, intervention links, linked records) into a
/// context, adding only what is missing. Names in the files must resolve to known organizations,
/// products and trials: a typo fails the load instead of creating a stray row.
/// </summary>
internal sealed class CuratedDataWriter(RegistryDbContext db, EntityResolver resolver)
{
    private readonly List<string> problems = [];

    /// <summary>Curated values that could not be applied (an alias already naming another organization, a link to a missing intervention).</summary>
    public IReadOnlyList<string> Problems => problems;

    public void AddOrganizations(IEnumerable<CuratedOrganization> organizations)
    {
        foreach (var curated in organizations)
        {
            var isNew = resolver.FindOrganization(curated.Name) is null;
            var organization = resolver.ResolveOrganization(curated.Name, curated.Class, curated.Country);
            if (isNew)
            {
                organization.IsSynthetic = curated.IsSynthetic;
            }

            foreach (var alias in curated.Aliases)
            {
                if (!resolver.AddAlias(organization, alias) && resolver.FindOrganization(alias) is { } other && other != organization)
                {
                    problems.Add($"alias '{alias}' of '{organization.Name}' left out: it already names '{other.Name}'");
                }
            }
        }
    }

    public void AddProducts(IEnumerable<CuratedProduct> products)
    {
        foreach (var curated in products)
        {
            var developers = curated.Developers.Select(RequireOrganization).ToList();
            if (developers.Count == 0)
            {
                throw new InvalidDataException($"products.json: '{curated.Name}' names no developer.");
            }

            var isNew = resolver.FindProduct(curated.Name, developers[0]) is null;
            var product = resolver.ResolveProduct(curated.Name, curated.Type, developers[0]);
            if (isNew)
            {
                product.Description = curated.Description;
                product.IsSynthetic = curated.IsSynthetic;
                product.Developers.AddRange(developers.Skip(1).Where(d => !product.Developers.Contains(d)));
            }

            foreach (var alias in curated.Aliases)
            {
                resolver.AddAlias(product, alias);
            }
        }
    }

    /// <summary>Links the interventions products.json names by trial and intervention name; returns how many links it made.</summary>
    public async Task<int> LinkInterventionsAsync(IEnumerable<CuratedProduct> products, CancellationToken cancellationToken)
    {
        var links = products.SelectMany(p => p.InterventionLinks.Select(link => (Product: p, Link: link))).ToList();
        var ids = links.Select(l => l.Link.Trial).Distinct().ToList();
        var trials = await db.Trials.Where(t => ids.Contains(t.RegistryId)).Include(t => t.Interventions)
            .ToDictionaryAsync(t => t.RegistryId, cancellationToken);
        var linked = 0;
        foreach (var (curated, link) in links)
        {
            // A trial imported from elsewhere before the demo data may differ from the demo files: a link
            // that does not fit is reported, not fatal (the loader tests check that every link is made).
            var key = NameNormalizer.Normalize(link.Intervention);
            var intervention = trials.GetValueOrDefault(link.Trial)?.Interventions.FirstOrDefault(i => NameNormalizer.Normalize(i.Name) == key);
            if (intervention is null)
            {
                problems.Add($"products.json: '{curated.Name}' links intervention '{link.Intervention}' of {link.Trial}, which is not loaded");
            }
            else if (intervention.ProductId is null && intervention.Product is null)
            {
                intervention.Product = resolver.FindProduct(curated.Name, RequireOrganization(curated.Developers[0]));
                linked++;
            }
        }

        return linked;
    }

    public async Task<LinkedRecordsAdded> AddLinkedRecordsAsync(CuratedLinkedRecords records, CancellationToken cancellationToken)
    {
        var trialIds = records.ClinicalResults.Cast<LinkedRecordBase>()
            .Concat(records.TranslationalStudies).Concat(records.Patents).Concat(records.Deals)
            .SelectMany(r => r.Trials)
            .Distinct()
            .ToList();
        var trials = await db.Trials.Where(t => trialIds.Contains(t.RegistryId)).ToDictionaryAsync(t => t.RegistryId, cancellationToken);
        Trial RequireTrial(string id) => trials.GetValueOrDefault(id)
            ?? throw new InvalidDataException($"linked-records.json names trial {id}, which is not loaded.");

        var resultTitles = await db.ClinicalResults.Select(r => r.Title).ToHashSetAsync(cancellationToken);
        var results = records.ClinicalResults.Where(r => resultTitles.Add(r.Title)).Select(r => new ClinicalResult
        {
            Title = r.Title,
            Source = r.Source,
            Date = r.Date,
            Indication = r.Indication,
            Phases = r.Phases,
            OutcomeSummary = r.OutcomeSummary,
            Url = r.Url,
            Doi = r.Doi,
            Products = r.Products.Select(RequireProduct).ToList(),
            Organizations = r.Organizations.Select(RequireOrganization).ToList(),
            Trials = r.Trials.Select(RequireTrial).ToList(),
            IsSynthetic = r.IsSynthetic,
        }).ToList();

        var studyTitles = await db.TranslationalStudies.Select(s => s.Title).ToHashSetAsync(cancellationToken);
        var studies = records.TranslationalStudies.Where(s => studyTitles.Add(s.Title)).Select(s => new TranslationalStudy
        {
            Title = s.Title,
            Venue = s.Venue,
            Date = s.Date,
            Kind = s.Kind,
            Summary = s.Summary,
            Url = s.Url,
            Doi = s.Doi,
            Products = s.Products.Select(RequireProduct).ToList(),
            Organizations = s.Organizations.Select(RequireOrganization).ToList(),
            Trials = s.Trials.Select(RequireTrial).ToList(),
            IsSynthetic = s.IsSynthetic,
        }).ToList();

        var publicationNumbers = await db.Patents.Select(p => p.PublicationNumber).ToHashSetAsync(cancellationToken);
        var patents = records.Patents.Where(p => publicationNumbers.Add(p.PublicationNumber)).Select(p => new Patent
        {
            PublicationNumber = p.PublicationNumber,
            Title = p.Title,
            Jurisdiction = p.Jurisdiction,
            LegalStatus = p.LegalStatus,
            Type = p.Type,
            PriorityDate = p.PriorityDate,
            FilingDate = p.FilingDate,
            PublicationDate = p.PublicationDate,
            Abstract = p.Abstract,
            Url = p.Url,
            Assignees = p.Assignees.Select(RequireOrganization).ToList(),
            Products = p.Products.Select(RequireProduct).ToList(),
            Trials = p.Trials.Select(RequireTrial).ToList(),
            IsSynthetic = p.IsSynthetic,
        }).ToList();

        var dealTitles = await db.Deals.Select(d => d.Title).ToHashSetAsync(cancellationToken);
        var deals = records.Deals.Where(d => dealTitles.Add(d.Title)).Select(d => new Deal
        {
            Title = d.Title,
            Date = d.Date,
            Type = d.Type,
            Status = d.Status,
            Value = d.Value,
            Currency = d.Currency,
            Upfront = d.Upfront,
            Milestones = d.Milestones,
            Summary = d.Summary,
            Url = d.Url,
            Parties = d.Principals.Select(name => Party(name, DealRole.Principal))
                .Concat(d.Partners.Select(name => Party(name, DealRole.Partner)))
                .ToList(),
            Products = d.Products.Select(RequireProduct).ToList(),
            Trials = d.Trials.Select(RequireTrial).ToList(),
            IsSynthetic = d.IsSynthetic,
        }).ToList();

        db.ClinicalResults.AddRange(results);
        db.TranslationalStudies.AddRange(studies);
        db.Patents.AddRange(patents);
        db.Deals.AddRange(deals);
        return new LinkedRecordsAdded(results.Count, studies.Count, patents.Count, deals.Count);
    }

    private DealParty Party(string name, DealRole role) => new() { Organization = RequireOrganization(name), Role = role };

    private Organization RequireOrganization(string name)
        => resolver.FindOrganization(name)
            ?? throw new InvalidDataException($"The demo data names the organization '{name}', which is neither in organizations.json nor loaded.");

    private Product RequireProduct(string name)
        => resolver.FindProducts(name) switch
        {
            [var product] => product,
            [] => throw new InvalidDataException($"linked-records.json names the product '{name}', which is not in products.json."),
            _ => throw new InvalidDataException($"linked-records.json names the product '{name}', which is ambiguous."),
        };
}
