using TrialRegistry.LinkedRecords;
using TrialRegistry.LinkedRecords.Editing;
using TrialRegistry.Validation;

// Not TrialRegistry.Tests.LinkedRecords: that namespace would hide TrialRegistry.LinkedRecords from the other test folders.
namespace TrialRegistry.Tests.LinkedRecordEditing;

public sealed class LinkedRecordValidatorTests
{
    private static readonly DateOnly Today = new(2024, 6, 1);

    [Fact]
    public void Valid_drafts_of_every_kind_have_no_problems()
    {
        Assert.Empty(LinkedRecordValidator.Validate(Result(), Today));
        Assert.Empty(LinkedRecordValidator.Validate(Study(), Today));
        Assert.Empty(LinkedRecordValidator.Validate(Patent(), Today));
        Assert.Empty(LinkedRecordValidator.Validate(Deal(), Today));
    }

    [Fact]
    public void The_title_is_required_and_at_most_1000_characters()
    {
        AssertProblem(LinkedRecordValidator.Validate(Result(r => r.Title = "  "), Today), "Title", "Enter the title.");
        AssertProblem(LinkedRecordValidator.Validate(Deal(d => d.Title = new string('x', 1001)), Today), "Title", "The title is 1,001 characters long; the limit is 1,000.");
        Assert.Empty(LinkedRecordValidator.Validate(Deal(d => d.Title = new string('x', 1000)), Today));
    }

    [Fact]
    public void Text_fields_keep_to_their_column_limits()
    {
        AssertProblem(LinkedRecordValidator.Validate(Result(r => r.Indication = new string('x', 501)), Today), "Indication", "The indication is 501 characters long; the limit is 500.");
        AssertProblem(LinkedRecordValidator.Validate(Study(s => s.Venue = new string('x', 501)), Today), "Venue", "The journal or conference is 501 characters long; the limit is 500.");
        AssertProblem(LinkedRecordValidator.Validate(Patent(p => p.Abstract = new string('x', 10_001)), Today), "Abstract", "The abstract is 10,001 characters long; the limit is 10,000.");
        AssertProblem(LinkedRecordValidator.Validate(Result(r => r.Url = "https://example.org/" + new string('x', 2000)), Today), "Url", "The link is 2,020 characters long; the limit is 2,000.");
    }

    [Theory]
    [InlineData("example.org/paper")]
    [InlineData("ftp://example.org/paper")]
    [InlineData("javascript:alert(1)")]
    public void A_link_must_be_a_web_address(string url)
        => AssertProblem(LinkedRecordValidator.Validate(Study(s => s.Url = url), Today), "Url", "Enter the link as a full web address starting with https:// (or http://).");

    [Theory]
    [InlineData("10.1016/j.jcyt.2019.03.001")]
    [InlineData("https://doi.org/10.1016/j.jcyt.2019.03.001")]
    public void A_doi_in_either_form_is_valid(string doi)
    {
        Assert.Empty(LinkedRecordValidator.Validate(Result(r => r.Doi = doi), Today));
        Assert.Empty(LinkedRecordValidator.Validate(Study(s => s.Doi = doi), Today));
    }

    [Theory]
    [InlineData("j.jcyt.2019.03.001")]
    [InlineData("https://doi.org/j.jcyt")]
    [InlineData("10.10/abc")]
    public void A_malformed_doi_is_refused_with_the_format(string doi)
    {
        const string Message = "A DOI starts with 10., a registrant code of 4 to 9 digits, a slash and the item's suffix, e.g. 10.1016/j.jcyt.2019.03.001 (a https://doi.org/ link is accepted too).";
        AssertProblem(LinkedRecordValidator.Validate(Result(r => r.Doi = doi), Today), "Doi", Message);
        AssertProblem(LinkedRecordValidator.Validate(Study(s => s.Doi = doi), Today), "Doi", Message);
    }

    [Fact]
    public void Dates_of_things_that_happened_are_not_in_the_future_nor_before_1900()
    {
        AssertProblem(LinkedRecordValidator.Validate(Result(r => r.Date = Today.AddDays(1)), Today), "Date", "The date 2024-06-02 is in the future: enter the date it happened.");
        AssertProblem(LinkedRecordValidator.Validate(Deal(d => d.Date = new DateOnly(1899, 12, 31)), Today), "Date", "The date 1899-12-31 is before 1900: check the year.");
        AssertProblem(LinkedRecordValidator.Validate(Patent(p => p.PublicationDate = Today.AddYears(1)), Today), "PublicationDate",
            "The publication date 2025-06-01 is in the future: enter the date it happened.");
        Assert.Empty(LinkedRecordValidator.Validate(Study(s => s.Date = Today), Today));
    }

    [Fact]
    public void Patent_dates_run_priority_then_filing_then_publication()
    {
        AssertProblem(
            LinkedRecordValidator.Validate(Patent(p => p.FilingDate = new DateOnly(2018, 1, 1)), Today),
            "FilingDate", "The filing date (2018-01-01) is before the priority date (2018-10-30); it must be on or after it.");
        AssertProblem(
            LinkedRecordValidator.Validate(Patent(p => p.PublicationDate = new DateOnly(2019, 5, 1)), Today),
            "PublicationDate", "The publication date (2019-05-01) is before the filing date (2019-10-29); it must be on or after it.");
        AssertProblem(
            LinkedRecordValidator.Validate(Patent(p => { p.FilingDate = null; p.PublicationDate = new DateOnly(2018, 1, 1); }), Today),
            "PublicationDate", "The publication date (2018-01-01) is before the priority date (2018-10-30); it must be on or after it.");

        // Equal dates and missing ones are fine.
        Assert.Empty(LinkedRecordValidator.Validate(Patent(p => { p.FilingDate = p.PriorityDate; p.PublicationDate = p.PriorityDate; }), Today));
        Assert.Empty(LinkedRecordValidator.Validate(Patent(p => { p.PriorityDate = null; p.FilingDate = null; }), Today));
    }

    [Fact]
    public void A_granted_or_expired_patent_needs_its_publication_date()
    {
        AssertProblem(LinkedRecordValidator.Validate(Patent(p => { p.LegalStatus = PatentLegalStatus.Granted; p.PublicationDate = null; }), Today),
            "PublicationDate", "A granted patent has been published: enter its publication date.");
        AssertProblem(LinkedRecordValidator.Validate(Patent(p => { p.LegalStatus = PatentLegalStatus.Expired; p.PublicationDate = null; }), Today),
            "PublicationDate", "An expired patent has been published: enter its publication date.");
        Assert.Empty(LinkedRecordValidator.Validate(Patent(p => { p.LegalStatus = PatentLegalStatus.Pending; p.PublicationDate = null; }), Today));
    }

    [Fact]
    public void The_publication_number_is_required_and_checked()
    {
        AssertProblem(LinkedRecordValidator.Validate(Patent(p => p.PublicationNumber = ""), Today), "PublicationNumber", "Enter the publication number, e.g. WO 2019/123456 A1.");
        AssertProblem(LinkedRecordValidator.Validate(Patent(p => p.PublicationNumber = "EP 12345"), Today), "PublicationNumber", "EP publication numbers have 7 digits, e.g. EP 3 123 456 A1.");
    }

    [Fact]
    public void Amounts_are_not_negative_have_cents_at_most_and_need_a_currency()
    {
        AssertProblem(LinkedRecordValidator.Validate(Deal(d => d.Value = -1), Today), "Value", "The total value cannot be negative.");
        AssertProblem(LinkedRecordValidator.Validate(Deal(d => d.Upfront = -0.01m), Today), "Upfront", "The upfront payment cannot be negative.");
        AssertProblem(LinkedRecordValidator.Validate(Deal(d => d.Milestones = 1.001m), Today), "Milestones", "The milestone amount has more than 2 decimal places.");
        AssertProblem(LinkedRecordValidator.Validate(Deal(d => d.Currency = null), Today), "Currency", "Choose the currency of the amounts (an ISO 4217 code such as EUR or USD).");
        AssertProblem(LinkedRecordValidator.Validate(Deal(d => d.Currency = "FRF"), Today), "Currency", "“FRF” is not an active ISO 4217 currency code: use a code such as EUR, USD, GBP or JPY.");
        Assert.Empty(LinkedRecordValidator.Validate(Deal(d => { d.Value = 0; d.Upfront = null; d.Milestones = null; d.Currency = "eur"; }), Today));

        // Without any amount, no currency is needed.
        Assert.Empty(LinkedRecordValidator.Validate(Deal(d => { d.Value = null; d.Upfront = null; d.Milestones = null; d.Currency = null; }), Today));
    }

    [Fact]
    public void Upfront_and_milestones_do_not_exceed_the_total_value()
        => AssertProblem(LinkedRecordValidator.Validate(Deal(d => { d.Value = 100; d.Upfront = 60; d.Milestones = 50.5m; }), Today),
            "Value", "The upfront and milestone payments add up to 110.5, more than the total value 100.");

    [Fact]
    public void A_deal_has_at_least_one_party_each_named_once_per_role_with_a_known_role()
    {
        AssertProblem(LinkedRecordValidator.Validate(Deal(d => d.Parties.Clear()), Today), "Parties", "Add at least one party to the deal.");
        AssertProblem(LinkedRecordValidator.Validate(Deal(d => d.Parties.Add(new DealPartyDraft { Organization = null })), Today),
            "Parties[2].Organization", "Enter the party's name, or remove the row.");
        AssertProblem(LinkedRecordValidator.Validate(Deal(d => d.Parties.Add(new DealPartyDraft { Organization = OrganizationRef.ByName("ACME  inc."), Role = DealRole.Partner })), Today),
            "Parties[2].Organization", "ACME  inc. is listed twice as partner.");
        AssertProblem(LinkedRecordValidator.Validate(Deal(d => d.Parties[1].Role = (DealRole)7), Today), "Parties[1].Role", "Choose a role from the list.");

        // The same organization in both roles is a real case (an option deal between two arms of one group is not, but cannot be told apart).
        Assert.Empty(LinkedRecordValidator.Validate(Deal(d => d.Parties.Add(new DealPartyDraft { Organization = OrganizationRef.ByName("Acme Inc"), Role = DealRole.Principal })), Today));
    }

    [Fact]
    public void Organization_and_trial_rows_are_filled_and_not_repeated()
    {
        AssertProblem(LinkedRecordValidator.Validate(Result(r => r.Organizations.Add(OrganizationRef.ByName(" "))), Today), "Organizations[1]", "Enter the organization's name, or remove the row.");
        AssertProblem(LinkedRecordValidator.Validate(Patent(p => p.Assignees.Add(OrganizationRef.ByName("assistance publique hopitaux de paris"))), Today),
            "Assignees[1]", "assistance publique hopitaux de paris is listed twice.");
        AssertProblem(LinkedRecordValidator.Validate(Study(s => s.TrialRegistryIds.Add("")), Today), "TrialRegistryIds[1]", "Enter the trial's registry id (e.g. NCT03562065), or remove the row.");
        AssertProblem(LinkedRecordValidator.Validate(Study(s => s.TrialRegistryIds.Add("nct03562065")), Today), "TrialRegistryIds[1]", "The trial nct03562065 is listed twice.");
    }

    [Fact]
    public void Choices_come_from_the_model_enums()
    {
        AssertProblem(LinkedRecordValidator.Validate(Result(r => r.Source = (ClinicalResultSource)99), Today), "Source", "Choose a source from the list.");
        AssertProblem(LinkedRecordValidator.Validate(Study(s => s.Kind = (TranslationalStudyKind)99), Today), "Kind", "Choose a kind of study from the list.");
        AssertProblem(LinkedRecordValidator.Validate(Patent(p => p.LegalStatus = (PatentLegalStatus)99), Today), "LegalStatus", "Choose a legal status from the list.");
        AssertProblem(LinkedRecordValidator.Validate(Deal(d => d.Type = (DealType)99), Today), "Type", "Choose a deal type from the list.");
    }

    internal static ClinicalResultDraft Result(Action<ClinicalResultDraft>? change = null)
        => With(new ClinicalResultDraft
        {
            Title = "Phase 1/2 results of UC-MSC in ARDS",
            Source = ClinicalResultSource.Publication,
            Date = new DateOnly(2023, 3, 1),
            Doi = "10.1016/j.jcyt.2023.01.002",
            Organizations = [OrganizationRef.ByName("Assistance Publique - Hôpitaux de Paris")],
            TrialRegistryIds = ["NCT03562065"],
        }, change);

    internal static TranslationalStudyDraft Study(Action<TranslationalStudyDraft>? change = null)
        => With(new TranslationalStudyDraft
        {
            Title = "UC-MSC immunomodulation in vitro",
            Kind = TranslationalStudyKind.InVitro,
            Venue = "Stem Cell Research & Therapy",
            Date = new DateOnly(2021, 5, 4),
            TrialRegistryIds = ["NCT03562065"],
        }, change);

    internal static PatentDraft Patent(Action<PatentDraft>? change = null)
        => With(new PatentDraft
        {
            Title = "Umbilical cord mesenchymal stem cells for ARDS",
            PublicationNumber = "WO 2019/086573 A1",
            LegalStatus = PatentLegalStatus.Pending,
            PriorityDate = new DateOnly(2018, 10, 30),
            FilingDate = new DateOnly(2019, 10, 29),
            PublicationDate = new DateOnly(2020, 5, 7),
            Assignees = [OrganizationRef.ByName("Assistance Publique - Hôpitaux de Paris")],
        }, change);

    internal static DealDraft Deal(Action<DealDraft>? change = null)
        => With(new DealDraft
        {
            Title = "Licence of the UC-MSC process",
            Type = DealType.Licensing,
            Status = DealStatus.Active,
            Date = new DateOnly(2022, 2, 1),
            Value = 1_000_000,
            Upfront = 250_000,
            Milestones = 750_000,
            Currency = "EUR",
            Parties =
            [
                new DealPartyDraft { Organization = OrganizationRef.ByName("Assistance Publique - Hôpitaux de Paris"), Role = DealRole.Principal },
                new DealPartyDraft { Organization = OrganizationRef.ByName("Acme Inc"), Role = DealRole.Partner },
            ],
        }, change);

    private static T With<T>(T draft, Action<T>? change)
    {
        change?.Invoke(draft);
        return draft;
    }

    private static void AssertProblem(IReadOnlyList<ValidationProblem> problems, string field, string message)
        => Assert.Equal([new ValidationProblem(field, message)], problems);
}
