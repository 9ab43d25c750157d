using System.Globalization;
using TrialRegistry.Common;
using TrialRegistry.Import;
using TrialRegistry.Trials;
using Column = TrialRegistry.Import.CtGov.CurrentCsvColumns;

namespace TrialRegistry.CtGovApi.Search;

/// <summary>
/// A trial as a row of ClinicalTrials.gov's current CSV download: the columns and value formats the
/// importer reads (<see cref="Import.CtGov.CurrentCsvMapper"/>: v2 enum names, "|" between values,
/// ISO partial dates, "TYPE: name" interventions, "Facility, City, State, Zip, Country" locations),
/// so an export imports back. The trial must be loaded with its record (TrialEditQueries.WithRecord).
/// </summary>
public static class CtGovCsvRow
{
    /// <summary>Every column, in the download's order.</summary>
    public static IReadOnlyList<string> AllColumns { get; } =
    [
        Column.NctNumber, Column.StudyTitle, Column.StudyUrl, Column.Acronym, Column.StudyStatus, Column.BriefSummary,
        Column.StudyResults, Column.Conditions, Column.Interventions, Column.PrimaryOutcomeMeasures, Column.SecondaryOutcomeMeasures,
        Column.OtherOutcomeMeasures, Column.Sponsor, Column.Collaborators, Column.Sex, Column.Age, Column.Phases, Column.Enrollment,
        Column.FunderType, Column.StudyType, Column.StudyDesign, Column.OtherIds, Column.StartDate, Column.PrimaryCompletionDate,
        Column.CompletionDate, Column.FirstPosted, Column.ResultsFirstPosted, Column.LastUpdatePosted, Column.Locations, Column.StudyDocuments,
    ];

    /// <summary>
    /// The columns a <c>fields</c> value selects (names as in the header, case-insensitive), kept in
    /// the download's order; null selects all. False with a message for an unknown column.
    /// </summary>
    public static bool TrySelectColumns(string? fields, out IReadOnlyList<string> columns, out string? error)
    {
        columns = AllColumns;
        error = null;
        if (fields is null)
        {
            return true;
        }

        var asked = fields.Split([',', '|'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var unknown = asked.FirstOrDefault(f => !AllColumns.Contains(f, StringComparer.OrdinalIgnoreCase));
        if (unknown is not null)
        {
            error = $"fields: unknown CSV column \"{unknown}\"; the columns are {string.Join(", ", AllColumns)}";
            return false;
        }

        columns = AllColumns.Where(c => asked.Contains(c, StringComparer.OrdinalIgnoreCase)).ToList();
        return true;
    }

    /// <summary>The values of <paramref name="columns"/> for one trial ("" for nothing).</summary>
    public static IEnumerable<string> Values(Trial trial, IReadOnlyList<string> columns)
    {
        ArgumentNullException.ThrowIfNull(trial);
        ArgumentNullException.ThrowIfNull(columns);
        return columns.Select(c => Value(trial, c) ?? string.Empty);
    }

    private static string? Value(Trial trial, string column) => column switch
    {
        Column.NctNumber => trial.RegistryId,
        Column.StudyTitle => trial.BriefTitle,
        Column.StudyUrl => NctId.IsValid(trial.RegistryId) ? $"https://clinicaltrials.gov/study/{trial.RegistryId}" : null,
        Column.Acronym => trial.Acronym,
        Column.StudyStatus => CtGovNames.ToCtGov(trial.OverallStatus),
        Column.BriefSummary => trial.BriefSummary,
        Column.StudyResults => trial.HasResults ? "YES" : "NO",
        Column.Conditions => List(trial.Conditions.OrderBy(c => c.Ordinal).Select(c => c.Condition.Name)),
        Column.Interventions => List(trial.Interventions.OrderBy(i => i.Ordinal).Select(i => $"{CtGovNames.ToCtGov(i.Type)}: {i.Name}")),
        Column.PrimaryOutcomeMeasures => Outcomes(trial, OutcomeKind.Primary),
        Column.SecondaryOutcomeMeasures => Outcomes(trial, OutcomeKind.Secondary),
        Column.OtherOutcomeMeasures => Outcomes(trial, OutcomeKind.Other),
        Column.Sponsor => trial.LeadSponsor.Name,
        Column.Collaborators => List(trial.Collaborators.OrderBy(c => c.Ordinal).Select(c => c.Organization.Name)),
        Column.Sex => trial.Eligibility.Sex is { } sex ? CtGovNames.ToCtGov(sex) : null,
        Column.Age => trial.Eligibility.StandardAges.Count == 0 ? null : string.Join(", ", trial.Eligibility.StandardAges.Select(CtGovNames.ToCtGov)),
        Column.Phases => List(trial.Phases.Select(CtGovNames.ToCtGov)),
        Column.Enrollment => trial.EnrollmentCount?.ToString(CultureInfo.InvariantCulture),
        Column.FunderType => CtGovNames.ToCtGov(trial.LeadSponsor.Class),
        Column.StudyType => CtGovNames.ToCtGov(trial.StudyType),
        Column.StudyDesign => Design(trial.Design),
        Column.OtherIds => List(new[] { trial.OrgStudyId }.Concat(trial.SecondaryIds.Select(s => s.Value)).OfType<string>().Distinct(StringComparer.Ordinal)),
        Column.StartDate => trial.StartDate?.ToString(),
        Column.PrimaryCompletionDate => trial.PrimaryCompletionDate?.ToString(),
        Column.CompletionDate => trial.CompletionDate?.ToString(),
        Column.FirstPosted => trial.StudyFirstPostDate?.ToString(),
        Column.ResultsFirstPosted => trial.ResultsFirstPostDate?.ToString(),
        Column.LastUpdatePosted => trial.LastUpdatePostDate?.ToString(),
        Column.Locations => List(trial.Locations.OrderBy(l => l.Ordinal)
            .Select(l => string.Join(", ", new[] { l.Facility, l.City, l.State, l.Zip, l.Country }.Where(p => !string.IsNullOrWhiteSpace(p))))
            .Where(l => l.Length > 0)),
        _ => null,
    };

    private static string? Outcomes(Trial trial, OutcomeKind kind)
        => List(trial.Outcomes.Where(o => o.Kind == kind).OrderBy(o => o.Ordinal).Select(o => o.Measure));

    /// <summary>"Allocation: RANDOMIZED|Intervention Model: PARALLEL|Masking: DOUBLE (PARTICIPANT, INVESTIGATOR)|Primary Purpose: TREATMENT".</summary>
    private static string? Design(TrialDesign design)
    {
        var items = new List<string>();
        Add("Allocation", design.Allocation);
        Add("Intervention Model", design.InterventionModel);
        if (design.Masking is { } masking)
        {
            var who = design.WhoMasked.Count == 0 ? string.Empty : $" ({string.Join(", ", design.WhoMasked.Select(CtGovNames.ToCtGov))})";
            items.Add($"Masking: {CtGovNames.ToCtGov(masking)}{who}");
        }

        Add("Primary Purpose", design.PrimaryPurpose);
        Add("Observational Model", design.ObservationalModel);
        Add("Time Perspective", design.TimePerspective);
        return List(items);

        void Add<TEnum>(string key, TEnum? value)
            where TEnum : struct, Enum
        {
            if (value is { } v)
            {
                items.Add($"{key}: {CtGovNames.ToCtGov(v)}");
            }
        }
    }

    private static string? List(IEnumerable<string> values)
    {
        var joined = string.Join('|', values);
        return joined.Length == 0 ? null : joined;
    }
}
