using System.Globalization;
using TrialRegistry.Common;
using TrialRegistry.Organizations;
using TrialRegistry.Trials;
using Column = TrialRegistry.Import.CtGov.CurrentCsvColumns;

namespace TrialRegistry.Import.CtGov;

/// <summary>
/// Maps rows of the current ClinicalTrials.gov CSV download to trials. Unlike the classic download
/// its values are the API v2 enum names ("RECRUITING", "PHASE1|PHASE2", "DRUG: Aspirin") and its
/// dates ISO partial dates, but it is still a flattened display: no actual/estimated flags (derived
/// as for the classic CSV, see <see cref="ClassicCsvMapper"/>), no age bounds (only the age groups),
/// one class for the lead sponsor and none for collaborators. The row, as a JSON object of its
/// columns, is kept as the trial's source record.
/// </summary>
public sealed class CurrentCsvMapper(EntityResolver resolver)
{
    public const string SourceName = "ctgov-current-csv";

    /// <exception cref="RecordMappingException">The row has no NCT number, title or sponsor.</exception>
    public MappedTrial Map(ClassicCsvRow row, DateTimeOffset importedAt)
    {
        ArgumentNullException.ThrowIfNull(row);
        var warnings = new MappingWarnings();
        var nctId = CtGovCsvRowMapping.NctNumber(row, Column.NctNumber, warnings);

        var trial = new Trial
        {
            RegistryId = nctId,
            BriefTitle = row.Get(Column.StudyTitle) ?? throw new RecordMappingException($"{nctId} (row {row.RowNumber}) has no Study Title."),
            Acronym = row.Get(Column.Acronym),
            BriefSummary = row.Get(Column.BriefSummary),
            HasResults = string.Equals(row.Get(Column.StudyResults), "YES", StringComparison.OrdinalIgnoreCase),
            Source = SourceName,
            CreatedAt = importedAt,
            UpdatedAt = importedAt,
        };

        MapStatusAndDates(row, trial, warnings);
        MapSponsors(row, trial, warnings);
        CtGovCsvRowMapping.MapOtherIds(row, Column.OtherIds, trial);
        MapDesign(row, trial, warnings);
        MapEligibility(row, trial, warnings);
        MapConditionsAndInterventions(row, trial, warnings);
        MapOutcomes(row, trial);
        trial.Locations = row.GetList(Column.Locations).Select(CurrentCsvValues.ParseLocation).ToList();

        return CtGovCsvRowMapping.Finish(row, trial, resolver, warnings);
    }

    private static void MapStatusAndDates(ClassicCsvRow row, Trial trial, MappingWarnings warnings)
    {
        var status = row.Get(Column.StudyStatus);
        if (CtGovNames.TryParse<OverallStatus>(status, out var overall))
        {
            trial.OverallStatus = overall;
        }
        else
        {
            warnings.Add(Column.StudyStatus, $"'{status}' is missing or unknown; UNKNOWN stands in");
            trial.OverallStatus = OverallStatus.Unknown;
        }

        var lastUpdate = Date(row, Column.LastUpdatePosted, warnings);

        // No actual/estimated flag here either: a date on or before Last Update Posted is ACTUAL, a
        // later one ESTIMATED (the rule of the classic CSV, so both downloads agree).
        RegistryDate? Typed(RegistryDate? date)
            => date is null || lastUpdate is null ? date
                : date with { Type = date.Date <= lastUpdate.Date ? DateType.Actual : DateType.Estimated };

        trial.StartDate = Typed(Date(row, Column.StartDate, warnings));
        trial.PrimaryCompletionDate = Typed(Date(row, Column.PrimaryCompletionDate, warnings));
        trial.CompletionDate = Typed(Date(row, Column.CompletionDate, warnings));
        trial.StudyFirstPostDate = Typed(Date(row, Column.FirstPosted, warnings));
        trial.ResultsFirstPostDate = Typed(Date(row, Column.ResultsFirstPosted, warnings));
        trial.LastUpdatePostDate = Typed(lastUpdate);
    }

    private void MapSponsors(ClassicCsvRow row, Trial trial, MappingWarnings warnings)
    {
        var lead = row.Get(Column.Sponsor) ?? throw new RecordMappingException($"{trial.RegistryId} (row {row.RowNumber}) names no sponsor.");
        var funderType = row.Get(Column.FunderType);
        var leadClass = OrganizationClass.Unknown;
        if (funderType is not null && !CtGovNames.TryParse(funderType, out leadClass))
        {
            warnings.Add(Column.FunderType, $"unknown class '{funderType}'; UNKNOWN stands in");
            leadClass = OrganizationClass.Unknown;
        }

        // Funder Type is the lead sponsor's class; the download gives collaborators no class.
        trial.LeadSponsor = resolver.ResolveOrganization(lead, leadClass);
        trial.IsInvestigatorInitiated = InvestigatorInitiatedRule.IsInvestigatorInitiated(leadClass);
        foreach (var name in row.GetList(Column.Collaborators).Where(s => s.Any(char.IsLetterOrDigit)))
        {
            var organization = resolver.ResolveOrganization(name);
            if (organization == trial.LeadSponsor || trial.Collaborators.Any(c => c.Organization == organization))
            {
                warnings.Add(Column.Collaborators, $"'{name}' is already the lead sponsor or a collaborator; left out");
                continue;
            }

            trial.Collaborators.Add(new TrialCollaborator { Organization = organization, Ordinal = trial.Collaborators.Count });
        }
    }

    private static void MapDesign(ClassicCsvRow row, Trial trial, MappingWarnings warnings)
    {
        var studyType = row.Get(Column.StudyType);
        if (CtGovNames.TryParse<StudyType>(studyType, out var parsedType))
        {
            trial.StudyType = parsedType;
        }
        else
        {
            warnings.Add(Column.StudyType, $"'{studyType}' is missing or unknown; INTERVENTIONAL stands in");
            trial.StudyType = StudyType.Interventional;
        }

        foreach (var name in row.GetList(Column.Phases))
        {
            if (!CtGovNames.TryParse<Phase>(name, out var phase))
            {
                warnings.Add(Column.Phases, $"unknown phase '{name}' left out");
            }
            else if (!trial.Phases.Contains(phase))
            {
                trial.Phases.Add(phase);
            }
        }

        if (row.Get(Column.Enrollment) is { } enrollment)
        {
            if (int.TryParse(enrollment, NumberStyles.Integer, CultureInfo.InvariantCulture, out var count))
            {
                trial.EnrollmentCount = count;
            }
            else
            {
                warnings.Add(Column.Enrollment, $"'{enrollment}' is not a number; left out");
            }
        }

        // "Allocation: RANDOMIZED|Intervention Model: PARALLEL|Masking: DOUBLE (PARTICIPANT, INVESTIGATOR)|...":
        // the classic keys with v2 values, which the classic label parser reads as well.
        foreach (var item in row.GetList(Column.StudyDesign))
        {
            var colon = item.IndexOf(':', StringComparison.Ordinal);
            var key = colon < 0 ? item : item[..colon].Trim();
            var value = colon < 0 ? string.Empty : item[(colon + 1)..].Trim();
            if (!ClassicCsvMapper.ApplyDesign(trial.Design, key, value, warnings))
            {
                warnings.Add(Column.StudyDesign, $"'{item}' not understood; left out");
            }
        }
    }

    private static void MapEligibility(ClassicCsvRow row, Trial trial, MappingWarnings warnings)
    {
        var sex = row.Get(Column.Sex);
        if (CtGovNames.TryParse<Sex>(sex, out var parsedSex))
        {
            trial.Eligibility.Sex = parsedSex;
        }
        else if (sex is not null)
        {
            warnings.Add(Column.Sex, $"unknown sex '{sex}' left out");
        }

        // "ADULT, OLDER_ADULT": the age groups only; the download has no minimum or maximum age.
        foreach (var name in row.Get(Column.Age)?.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) ?? [])
        {
            if (!CtGovNames.TryParse<StandardAge>(name, out var age))
            {
                warnings.Add(Column.Age, $"unknown age group '{name}' left out");
            }
            else if (!trial.Eligibility.StandardAges.Contains(age))
            {
                trial.Eligibility.StandardAges.Add(age);
            }
        }
    }

    private void MapConditionsAndInterventions(ClassicCsvRow row, Trial trial, MappingWarnings warnings)
    {
        foreach (var name in row.GetList(Column.Conditions).Where(n => n.Any(char.IsLetterOrDigit)))
        {
            var condition = resolver.ResolveCondition(name);
            if (!trial.Conditions.Any(c => c.Condition == condition))
            {
                trial.Conditions.Add(new TrialCondition { Condition = condition, Ordinal = trial.Conditions.Count });
            }
        }

        foreach (var item in row.GetList(Column.Interventions))
        {
            // "DRUG: Aspirin"; the name may hold a colon of its own, so only the first ": " splits.
            var colon = item.IndexOf(": ", StringComparison.Ordinal);
            InterventionType type = default;
            var typed = colon > 0 && CtGovNames.TryParse(item[..colon], out type);
            if (!typed)
            {
                warnings.Add(Column.Interventions, $"'{item}' has no known intervention type; OTHER stands in");
            }

            var name = typed ? item[(colon + 2)..].Trim() : item;
            if (name.Length > 0)
            {
                trial.Interventions.Add(new Intervention { Ordinal = trial.Interventions.Count, Type = typed ? type : InterventionType.Other, Name = name });
            }
        }
    }

    private static void MapOutcomes(ClassicCsvRow row, Trial trial)
    {
        var outcomes = row.GetList(Column.PrimaryOutcomeMeasures).Select(m => (OutcomeKind.Primary, m))
            .Concat(row.GetList(Column.SecondaryOutcomeMeasures).Select(m => (OutcomeKind.Secondary, m)))
            .Concat(row.GetList(Column.OtherOutcomeMeasures).Select(m => (OutcomeKind.Other, m)));
        trial.Outcomes = outcomes.Select((o, i) => new Outcome { Kind = o.Item1, Ordinal = i, Measure = o.m }).ToList();
    }

    private static RegistryDate? Date(ClassicCsvRow row, string column, MappingWarnings warnings)
    {
        if (row.Get(column) is not { } text)
        {
            return null;
        }

        if (!RegistryDate.TryParse(text, null, out var date))
        {
            warnings.Add(column, $"'{text}' is not a date like '2015-03' or '2015-03-12'; left out");
        }

        return date;
    }
}
