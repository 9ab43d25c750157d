using TrialRegistry.Common;
using TrialRegistry.Organizations;
using TrialRegistry.Testing;
using TrialRegistry.Trials;

namespace TrialRegistry.Tests.Search;

/// <summary>
/// Trials for reading the search box's text: APHP (aliases "APHP" and "AP-HP") leads five trials, one
/// of them registered here (TRG-000001) and one with the organization's study id P150302; a trial led
/// by another sponsor says "APHP" in its text; two trials share an organization's study id; one has
/// a free-form secondary id with a space; one's study id is also a word of another trial's title.
/// </summary>
public sealed class SearchBoxDatabase : PostgresDatabase
{
    public static readonly string[] AphpTrials = ["NCT30000001", "NCT30000002", "NCT30000003", "NCT30000004", "TRG-000001"];

    public int AphpId { get; private set; }

    public int PharmaId { get; private set; }

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await using var db = CreateContext();
        var aphp = Organization.Create("Assistance Publique - Hôpitaux de Paris", OrganizationClass.Other, "France");
        aphp.Aliases.Add(Alias("APHP"));
        aphp.Aliases.Add(Alias("AP-HP"));
        var pharma = Organization.Create("Example Pharma Inc", OrganizationClass.Industry, "United States");
        var quiet = Organization.Create("Quiet Institute", OrganizationClass.Other, "France");
        quiet.Aliases.Add(Alias("LUPUS"));
        db.Organizations.Add(quiet);

        foreach (var id in AphpTrials)
        {
            var trial = TestTrials.New(id, aphp, $"Cell therapy study {id}");
            trial.OrgStudyId = id == "NCT30000001" ? "P150302" : $"APHP-{id}";
            db.Trials.Add(trial);
        }

        var mentions = TestTrials.New("NCT30000006", pharma, "Lupus nephritis: a collaboration with APHP");
        mentions.OrgStudyId = "SHARED-01";
        var shares = TestTrials.New("NCT30000007", pharma, "Kidney outcomes in lupus");
        shares.OrgStudyId = "shared-01";
        shares.SecondaryIds.Add(new TrialSecondaryId { Value = "ANRS 12345", Type = SecondaryIdType.Other });
        var covidId = TestTrials.New("NCT30000008", pharma, "Antibody levels after infection");
        covidId.OrgStudyId = "COVID-19";
        var covidWords = TestTrials.New("NCT30000009", pharma, "COVID-19 vaccine in adults");
        var citesUnknown = TestTrials.New("NCT30000010", TestTrials.Sponsor("Follow-up Group"), "Long-term extension of NCT39999999");
        db.Trials.AddRange(mentions, shares, covidId, covidWords, citesUnknown);
        foreach (var entry in db.ChangeTracker.Entries<Trial>())
        {
            entry.Entity.RefreshDerivedFields();
        }

        await db.SaveChangesAsync();
        AphpId = aphp.Id;
        PharmaId = pharma.Id;
    }

    private static OrganizationAlias Alias(string name) => new() { Name = name, NormalizedName = NameNormalizer.Normalize(name) };
}
