using System.Text.Json;
using System.Text.Json.Serialization;
using TrialRegistry.Trials;

namespace TrialRegistry.Tests.Import.LegacyXml;

/// <summary>
/// Every field of a mapped trial that both CT.gov formats (v2 JSON and legacy XML) carry, as one
/// JSON text, so "the same study yields the same trial" is one string comparison that shows the
/// first difference. Left out: MeSH ids (legacy XML has only the terms), coordinates (only v2 has
/// them), the source, source record and hash (which name the format).
/// </summary>
internal static class ComparableTrial
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter() },
    };

    public static string Of(Trial trial)
        => JsonSerializer.Serialize(
            new
            {
                trial.RegistryId,
                trial.OrgStudyId,
                trial.BriefTitle,
                trial.OfficialTitle,
                trial.Acronym,
                SecondaryIds = trial.SecondaryIds.Select(s => new { s.Value, s.Type, s.Domain, s.Link }),
                trial.OverallStatus,
                trial.LastKnownStatus,
                trial.WhyStopped,
                trial.StudyType,
                trial.Phases,
                trial.Design,
                trial.EnrollmentCount,
                trial.EnrollmentType,
                Dates = new[]
                {
                    trial.StartDate, trial.PrimaryCompletionDate, trial.CompletionDate, trial.StudyFirstPostDate,
                    trial.ResultsFirstPostDate, trial.LastUpdatePostDate, trial.StatusVerifiedDate,
                }.Select(d => d is null ? null : $"{d} {d.Precision} {d.Type}"),
                trial.StudyFirstSubmitDate,
                trial.LastUpdateSubmitDate,
                trial.BriefSummary,
                trial.DetailedDescription,
                trial.Eligibility,
                trial.Keywords,
                trial.IsInvestigatorInitiated,
                trial.HasResults,
                trial.ResponsiblePartyType,
                trial.ResponsibleInvestigator,
                LeadSponsor = new { trial.LeadSponsor.Name, trial.LeadSponsor.Class },
                Collaborators = trial.Collaborators.Select(c => new { c.Ordinal, c.Organization.Name, c.Organization.Class }),
                Conditions = trial.Conditions.Select(c => new { c.Ordinal, c.Condition.Name, c.Condition.MeshTerm }),
                Arms = trial.Arms.Select(a => new { a.Ordinal, a.Label, a.Type, a.Description, a.InterventionNames }),
                Interventions = trial.Interventions.Select(i => new { i.Ordinal, i.Type, i.Name, i.Description, i.OtherNames, i.ArmGroupLabels, Product = i.Product?.Name }),
                Outcomes = trial.Outcomes.Select(o => new { o.Kind, o.Ordinal, o.Measure, o.TimeFrame, o.Description }),
                Locations = trial.Locations.Select(l => new { l.Ordinal, l.Facility, l.City, l.State, l.Zip, l.Country, l.Status }),
                Contacts = trial.Contacts.Select(c => new { c.Kind, c.Ordinal, c.Name, c.Role, c.Affiliation, c.Phone, c.Email }),
                trial.SearchTerms,
                trial.Countries,
                trial.InterventionTypes,
                trial.CreatedAt,
            },
            Options);
}
