namespace TrialRegistry.Import.LinkedRecords;

/// <summary>
/// The columns of the templates, in template order, named as a user reads them. Every column must be
/// in the header (values may be empty); lists are separated by '|'. See docs/decisions/0018-linked-record-csv.md.
/// </summary>
public static class LinkedRecordCsvColumns
{
    public const string Products = "Products";
    public const string Title = "Title";
    public const string Date = "Date";
    public const string Link = "Link";
    public const string Trials = "Trials";
    public const string Organizations = "Organizations";
    public const string Doi = "DOI";
    public const string PubMedId = "PubMed id";
    public const string Summary = "Summary";

    public const string Source = "Source";
    public const string Indication = "Indication";
    public const string Phases = "Phases";
    public const string OutcomeSummary = "Outcome summary";

    public const string Kind = "Kind of study";
    public const string Venue = "Journal or conference";

    public const string PublicationNumber = "Publication number";
    public const string LegalStatus = "Legal status";
    public const string PatentType = "Patent type";
    public const string PriorityDate = "Priority date";
    public const string FilingDate = "Filing date";
    public const string PublicationDate = "Publication date";
    public const string GrantDate = "Grant date";
    public const string Abstract = "Abstract";
    public const string Assignees = "Assignees";

    public const string DealType = "Deal type";
    public const string Status = "Status";
    public const string Value = "Total value";
    public const string Currency = "Currency";
    public const string Upfront = "Upfront payment";
    public const string Milestones = "Milestone payments";
    public const string Principals = "Principals";
    public const string Partners = "Partners";

    public static IReadOnlyList<string> For(LinkedRecordCsvKind kind) => kind switch
    {
        LinkedRecordCsvKind.ClinicalResults =>
            [Products, Title, Source, Date, Indication, Phases, OutcomeSummary, Doi, PubMedId, Link, Organizations, Trials],
        LinkedRecordCsvKind.TranslationalMedicine =>
            [Products, Title, Kind, Date, Venue, Summary, Doi, PubMedId, Link, Organizations, Trials],
        LinkedRecordCsvKind.Patents =>
            [Products, PublicationNumber, Title, LegalStatus, PatentType, PriorityDate, FilingDate, PublicationDate, GrantDate, Abstract, Link, Assignees, Trials],
        LinkedRecordCsvKind.Deals =>
            [Products, Title, Date, DealType, Status, Value, Currency, Upfront, Milestones, Summary, Link, Principals, Partners, Trials],
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };
}
