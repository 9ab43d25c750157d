using System.Globalization;
using TrialRegistry.Organizations;
using TrialRegistry.Trials;
using Column = TrialRegistry.Import.CtGov.ClassicCsvColumns;

namespace TrialRegistry.Import.CtGov;

/// <summary>
/// Maps rows of the classic ClinicalTrials.gov CSV download (read with <see cref="ClassicCsvRow.ReadAll"/>)
/// to trials. The CSV is a flattened display format: it has display labels instead of API values,
/// one "Funded Bys" list instead of a class per sponsor, no actual/estimated flags and no arms, so
/// some fields are derived (each derivation is explained where it is made). The row itself, as a
/// JSON object of its columns, is kept as the trial's source record.
/// </summary>
public sealed class ClassicCsvMapper(EntityResolver resolver)
{
    public const string SourceName = "ctgov-classic-csv";

    /// <exception cref="RecordMappingException">The row has no NCT number, title or sponsor.</exception>
    public MappedTrial Map(ClassicCsvRow row, DateTimeOffset importedAt)
    {
        ArgumentNullException.ThrowIfNull(row);
        var warnings = new MappingWarnings();
        var nctId = CtGovCsvRowMapping.NctNumber(row, Column.NctNumber, warnings);

        var trial = new Trial
        {
            RegistryId = nctId,
            BriefTitle = row.Get(Column.Title) ?? throw new RecordMappingException($"{nctId} (row {row.RowNumber}) has no Title."),
            Acronym = row.Get(Column.Acronym),
            HasResults = string.Equals(row.Get(Column.StudyResults), "Has Results", StringComparison.OrdinalIgnoreCase),
            Source = SourceName,
            CreatedAt = importedAt,
            UpdatedAt = importedAt,
        };

        MapStatusAndDates(row, trial, warnings);
        MapSponsors(row, trial, warnings);
        CtGovCsvRowMapping.MapOtherIds(row, Column.OtherIds, trial);
        MapDesign(row, trial, warnings);
        MapEligibility(row, trial, warnings);
        MapConditionsInterventionsOutcomes(row, trial, warnings);
        trial.Locations = row.GetList(Column.Locations).Select(ClassicCsvValues.ParseLocation).ToList();

        return CtGovCsvRowMapping.Finish(row, trial, resolver, warnings);
    }

    private static void MapStatusAndDates(ClassicCsvRow row, Trial trial, MappingWarnings warnings)
    {
        var status = row.Get(Column.Status);
        var overall = status is null ? null : ClassicCsvValues.ParseStatus(status);
        if (overall is null)
        {
            warnings.Add(Column.Status, $"'{status}' is missing or unknown; UNKNOWN stands in");
        }

        // "Unknown status" rows do not say what the last known status was, so LastKnownStatus stays null.
        trial.OverallStatus = overall ?? OverallStatus.Unknown;

        var lastUpdate = Date(row, Column.LastUpdatePosted, warnings);

        // The CSV has no actual/estimated flag. CT.gov's rule is that a date already passed when the
        // record was last updated is an actual date and a later one an anticipated (estimated) one, so
        // each date is ACTUAL when it is on or before Last Update Posted and ESTIMATED after it. A
        // month-precision date counts from its first day.
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
        var sponsors = row.GetList(Column.SponsorCollaborators).Where(s => s.Any(char.IsLetterOrDigit)).ToList();
        if (sponsors.Count == 0)
        {
            throw new RecordMappingException($"{trial.RegistryId} (row {row.RowNumber}) names no sponsor.");
        }

        var fundedBy = new List<OrganizationClass>();
        foreach (var label in row.GetList(Column.FundedBys))
        {
            if (ClassicCsvValues.ParseFundedBy(label) is { } parsed)
            {
                fundedBy.Add(parsed);
            }
            else
            {
                warnings.Add(Column.FundedBys, $"unknown class '{label}' left out");
            }
        }

        var classes = ClassicCsvValues.SponsorClasses(sponsors, fundedBy);
        trial.LeadSponsor = resolver.ResolveOrganization(sponsors[0], classes[0]);
        trial.IsInvestigatorInitiated = InvestigatorInitiatedRule.IsInvestigatorInitiated(classes[0]);
        for (var i = 1; i < sponsors.Count; i++)
        {
            var organization = resolver.ResolveOrganization(sponsors[i], classes[i]);
            if (organization == trial.LeadSponsor || trial.Collaborators.Any(c => c.Organization == organization))
            {
                warnings.Add(Column.SponsorCollaborators, $"'{sponsors[i]}' is already the lead sponsor or a collaborator; left out");
                continue;
            }

            trial.Collaborators.Add(new TrialCollaborator { Organization = organization, Ordinal = trial.Collaborators.Count });
        }
    }

    private static void MapDesign(ClassicCsvRow row, Trial trial, MappingWarnings warnings)
    {
        var studyType = row.Get(Column.StudyType);
        if (studyType is not null && ClassicCsvValues.TryParseLabel<StudyType>(studyType, out var parsedType))
        {
            trial.StudyType = parsedType;
        }
        else
        {
            warnings.Add(Column.StudyType, $"'{studyType}' is missing or unknown; INTERVENTIONAL stands in");
            trial.StudyType = StudyType.Interventional;
        }

        foreach (var label in row.GetList(Column.Phases))
        {
            if (ClassicCsvValues.ParsePhase(label) is { } phase)
            {
                if (!trial.Phases.Contains(phase))
                {
                    trial.Phases.Add(phase);
                }
            }
            else
            {
                warnings.Add(Column.Phases, $"unknown phase '{label}' left out");
            }
        }

        if (row.Get(Column.Enrollment) is { } enrollment)
        {
            if (int.TryParse(enrollment, NumberStyles.Integer, CultureInfo.InvariantCulture, out var count))
            {
                // The CSV does not say whether the count is actual or anticipated: EnrollmentType stays null.
                trial.EnrollmentCount = count;
            }
            else
            {
                warnings.Add(Column.Enrollment, $"'{enrollment}' is not a number; left out");
            }
        }

        foreach (var item in row.GetList(Column.StudyDesigns))
        {
            var colon = item.IndexOf(':', StringComparison.Ordinal);
            var key = colon < 0 ? item : item[..colon].Trim();
            var value = colon < 0 ? string.Empty : item[(colon + 1)..].Trim();
            if (!ApplyDesign(trial.Design, key, value, warnings))
            {
                warnings.Add(Column.StudyDesigns, $"'{item}' not understood; left out");
            }
        }
    }

    /// <summary>Applies one "Key: value" item of a study design column (classic labels or v2 names both parse).</summary>
    internal static bool ApplyDesign(TrialDesign design, string key, string value, MappingWarnings warnings)
    {
        switch (key)
        {
            case "Allocation":
                return Set<DesignAllocation>(value, v => design.Allocation = v);
            case "Intervention Model":
                return Set<InterventionalAssignment>(value.Replace("Assignment", string.Empty, StringComparison.OrdinalIgnoreCase), v => design.InterventionModel = v);
            case "Primary Purpose":
                return value.StartsWith("Educational", StringComparison.OrdinalIgnoreCase)
                    ? Set<PrimaryPurpose>(nameof(PrimaryPurpose.Ect), v => design.PrimaryPurpose = v)
                    : Set<PrimaryPurpose>(value, v => design.PrimaryPurpose = v);
            case "Observational Model":
                return Set<ObservationalModel>(value, v => design.ObservationalModel = v);
            case "Time Perspective":
                return Set<TimePerspective>(value, v => design.TimePerspective = v);
            case "Masking":
                var (masking, who) = ClassicCsvValues.SplitMasking(value);
                foreach (var role in who)
                {
                    if (!ClassicCsvValues.TryParseLabel<WhoMasked>(role, out var parsed))
                    {
                        warnings.Add(Column.StudyDesigns, $"unknown masked role '{role}' left out");
                    }
                    else if (!design.WhoMasked.Contains(parsed))
                    {
                        design.WhoMasked.Add(parsed);
                    }
                }

                return Set<DesignMasking>(masking, v => design.Masking = v);
            default:
                return false;
        }

        static bool Set<TEnum>(string label, Action<TEnum> assign)
            where TEnum : struct, Enum
        {
            if (!ClassicCsvValues.TryParseLabel<TEnum>(label, out var parsed))
            {
                return false;
            }

            assign(parsed);
            return true;
        }
    }

    private static void MapEligibility(ClassicCsvRow row, Trial trial, MappingWarnings warnings)
    {
        var gender = row.Get(Column.Gender);
        if (gender is not null && ClassicCsvValues.TryParseLabel<Sex>(gender, out var sex))
        {
            trial.Eligibility.Sex = sex;
        }
        else if (gender is not null)
        {
            warnings.Add(Column.Gender, $"unknown sex '{gender}' left out");
        }

        if (row.Get(Column.Age) is not { } age)
        {
            return;
        }

        if (ClassicCsvValues.TryParseAge(age, out var minimum, out var maximum, out var standardAges))
        {
            (trial.Eligibility.MinimumAge, trial.Eligibility.MaximumAge, trial.Eligibility.StandardAges) = (minimum, maximum, standardAges);
        }
        else
        {
            warnings.Add(Column.Age, $"'{age}' not understood; left out");
        }
    }

    private void MapConditionsInterventionsOutcomes(ClassicCsvRow row, Trial trial, MappingWarnings warnings)
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
            // "Drug: name"; the name itself may hold a colon ("ProTrans: Allogeneic ... WJMSCs").
            var colon = item.IndexOf(": ", StringComparison.Ordinal);
            InterventionType type = default;
            var typed = colon > 0 && ClassicCsvValues.TryParseLabel(item[..colon], out type);
            if (!typed)
            {
                warnings.Add(Column.Interventions, $"'{item}' has no known intervention type; OTHER stands in");
            }

            var name = typed ? item[(colon + 2)..].Trim() : item;
            if (name.Length == 0)
            {
                continue;
            }

            trial.Interventions.Add(new Intervention
            {
                Ordinal = trial.Interventions.Count,
                Type = typed ? type : InterventionType.Other,
                Name = name,
            });
        }

        // The CSV lists primary, secondary and other outcome measures together without saying which is
        // which; they are kept as OTHER rather than claimed primary.
        trial.Outcomes = row.GetList(Column.OutcomeMeasures)
            .Select((measure, i) => new Outcome { Kind = OutcomeKind.Other, Ordinal = i, Measure = measure })
            .ToList();
    }

    private static RegistryDate? Date(ClassicCsvRow row, string column, MappingWarnings warnings)
    {
        if (row.Get(column) is not { } text)
        {
            return null;
        }

        var date = ClassicCsvValues.ParseDate(text);
        if (date is null)
        {
            warnings.Add(column, $"'{text}' is not a date like 'March 2015' or 'March 12, 2015'; left out");
        }

        return date;
    }
}
