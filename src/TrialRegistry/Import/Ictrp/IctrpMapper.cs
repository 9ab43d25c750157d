using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using TrialRegistry.Import.CtGov;
using TrialRegistry.Trials;
using Field = TrialRegistry.Import.Ictrp.IctrpFields;

namespace TrialRegistry.Import.Ictrp;

/// <summary>
/// Maps a &lt;Trial&gt; of the WHO ICTRP portal export to a trial. ICTRP gathers 17 registers and
/// passes on each one's wording, so values are mapped where their meaning is clear and otherwise
/// left out with a warning (the record is kept whole, so nothing is lost). The TrialID is the
/// registry id as the source register gave it: a ClinicalTrials.gov record keeps its NCT id and so
/// meets the same trial imported from CT.gov's own files.
/// </summary>
public sealed partial class IctrpMapper(EntityResolver resolver)
{
    public const string SourceName = "who-ictrp-xml";

    private const int BriefTitleLimit = 1000;

    private static readonly HashSet<string> Regions = new(StringComparer.OrdinalIgnoreCase)
    {
        "Asia except Japan", "Asia", "Europe", "North America", "South America", "Central America", "Latin America",
        "Oceania", "Africa", "Middle East", "Not applicable",
    };
    private const int OfficialTitleLimit = 2000;

    /// <exception cref="RecordMappingException">The trial has no TrialID, title or primary sponsor.</exception>
    public MappedTrial Map(IctrpTrial record, DateTimeOffset importedAt)
    {
        ArgumentNullException.ThrowIfNull(record);
        var warnings = new MappingWarnings();
        var registryId = record.TrialId ?? throw new RecordMappingException($"Trial {record.RecordNumber} has no TrialID.");
        var publicTitle = record.GetText(Field.PublicTitle);
        var scientificTitle = record.GetText(Field.ScientificTitle);
        var trial = new Trial
        {
            RegistryId = registryId,
            BriefTitle = Limit(publicTitle ?? scientificTitle, BriefTitleLimit, Field.PublicTitle, warnings)
                ?? throw new RecordMappingException($"{registryId} (trial {record.RecordNumber}) has no Public_title or Scientific_title."),
            OfficialTitle = Limit(scientificTitle, OfficialTitleLimit, Field.ScientificTitle, warnings),
            Acronym = record.GetText(Field.Acronym),
            HasResults = string.Equals(record.Get(Field.ResultsYesNo), "Yes", StringComparison.OrdinalIgnoreCase),
            Source = SourceName,
            CreatedAt = importedAt,
            UpdatedAt = importedAt,
        };

        MapSponsors(record, trial, warnings);
        MapStatusAndDates(record, trial, warnings);
        MapSecondaryIds(record, trial);
        MapDesign(record, trial, warnings);
        MapEligibility(record, trial, warnings);
        MapConditionsAndInterventions(record, trial, warnings);
        MapOutcomes(record, trial);
        MapContacts(record, trial);

        MapCountries(record, trial, warnings);

        var organizations = trial.Collaborators.Select(c => c.Organization).Prepend(trial.LeadSponsor).ToList();
        foreach (var intervention in trial.Interventions)
        {
            resolver.LinkProduct(intervention, organizations);
        }

        trial.RefreshDerivedFields();
        (trial.SourceRecord, trial.SourceHash) = SourceRecordOf(record.Element);
        return new MappedTrial(trial, warnings.Items);
    }

    /// <summary>
    /// The record as {"format": "who-ictrp-xml", "xml": "&lt;Trial&gt;...&lt;/Trial&gt;"}: the trial
    /// element as XML text. The hash leaves out Export_date, the time of the export, so the same
    /// record exported again is recognized as unchanged.
    /// </summary>
    internal static (JsonDocument Record, string Hash) SourceRecordOf(XElement element)
    {
        var xml = element.ToString(SaveOptions.DisableFormatting);
        var record = new JsonObject { ["format"] = SourceName, ["xml"] = xml };
        var hashed = new XElement(element);
        hashed.Element(Field.ExportDate)?.Remove();
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(hashed.ToString(SaveOptions.DisableFormatting))));
        return (JsonDocument.Parse(record.ToJsonString()), hash);
    }

    private void MapSponsors(IctrpTrial record, Trial trial, MappingWarnings warnings)
    {
        // ICTRP gives no sponsor classes: organizations are matched by name and new ones are UNKNOWN.
        var lead = record.GetText(Field.PrimarySponsor)
            ?? throw new RecordMappingException($"{trial.RegistryId} (trial {record.RecordNumber}) has no Primary_sponsor.");
        trial.LeadSponsor = resolver.ResolveOrganization(lead);
        trial.IsInvestigatorInitiated = InvestigatorInitiatedRule.IsInvestigatorInitiated(trial.LeadSponsor.Class);
        foreach (var name in record.GetList(Field.SecondarySponsor).Where(n => n.Any(char.IsLetterOrDigit)))
        {
            var organization = resolver.ResolveOrganization(name);
            if (organization == trial.LeadSponsor || trial.Collaborators.Any(c => c.Organization == organization))
            {
                warnings.Add(Field.SecondarySponsor, $"'{name}' is already the lead sponsor or a collaborator; left out");
                continue;
            }

            trial.Collaborators.Add(new TrialCollaborator { Organization = organization, Ordinal = trial.Collaborators.Count });
        }
    }

    private static void MapStatusAndDates(IctrpTrial record, Trial trial, MappingWarnings warnings)
    {
        var status = record.Get(Field.RecruitmentStatus);
        var parsed = status is null ? null : IctrpValues.ParseStatus(status);
        if (parsed is null)
        {
            warnings.Add(Field.RecruitmentStatus, $"'{status}' does not say which ClinicalTrials.gov status it is; UNKNOWN stands in");
        }

        trial.OverallStatus = parsed ?? OverallStatus.Unknown;

        // The date a register received the trial is its first submission; the date of enrolment of
        // the first participant is the start date. ICTRP says neither whether it is actual or anticipated.
        trial.StudyFirstSubmitDate = Date(record, Field.DateRegistration, warnings)?.Date;
        trial.StartDate = Date(record, Field.DateEnrollment, warnings);
        trial.ResultsFirstPostDate = Date(record, Field.ResultsDatePosted, warnings);
    }

    /// <summary>
    /// The Secondary_ID list, preceded by the EudraCT or CTIS number inside an EU CTR or CTIS TrialID
    /// ("EUCTR2021-000037-14-ES" → 2021-000037-14), so that searching the number finds each
    /// country's record.
    /// </summary>
    private static void MapSecondaryIds(IctrpTrial record, Trial trial)
    {
        if (EuTrialId().Match(trial.RegistryId) is { Success: true } eu)
        {
            var number = eu.Groups["number"].Value;
            trial.SecondaryIds.Add(new TrialSecondaryId { Value = number, Type = SecondaryIdClassifier.Classify(number) });
        }

        foreach (var id in record.GetList(Field.SecondaryIds))
        {
            if (id.Equals(trial.RegistryId, StringComparison.OrdinalIgnoreCase) || trial.SecondaryIds.Any(s => s.Value == id))
            {
                continue;
            }

            trial.SecondaryIds.Add(new TrialSecondaryId { Value = id, Type = SecondaryIdClassifier.Classify(id) });
        }
    }

    private static void MapDesign(IctrpTrial record, Trial trial, MappingWarnings warnings)
    {
        var studyType = record.GetText(Field.StudyType);
        var parsedType = studyType is null ? null : IctrpValues.ParseStudyType(studyType);
        if (parsedType is null)
        {
            warnings.Add(Field.StudyType, $"'{studyType}' is missing or unknown; INTERVENTIONAL stands in");
        }

        trial.StudyType = parsedType ?? StudyType.Interventional;

        if (record.Get(Field.Phase) is { } phaseText)
        {
            if (IctrpValues.ParsePhases(phaseText) is { } phases)
            {
                trial.Phases = phases;
            }
            else
            {
                warnings.Add(Field.Phase, $"'{IctrpValues.PlainText(phaseText)}' is not a phase ClinicalTrials.gov knows; left out");
            }
        }

        if (record.Get(Field.TargetSize) is { } size)
        {
            trial.EnrollmentCount = IctrpValues.ParseTargetSize(size, out var summed);
            if (trial.EnrollmentCount is null)
            {
                warnings.Add(Field.TargetSize, $"'{size}' is not a number; left out");
            }
            else if (summed)
            {
                warnings.Add(Field.TargetSize, $"'{size}' lists group sizes; their sum {trial.EnrollmentCount} is the enrollment");
            }
        }

        // CT.gov records carry "Allocation: Randomized. Intervention model: Parallel Assignment. ...";
        // other registers write free text (kept in the source record only).
        if (record.GetText(Field.StudyDesign) is { } design && CtGovDesign().IsMatch(design))
        {
            foreach (var item in design.Split(". ", StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                var colon = item.IndexOf(':', StringComparison.Ordinal);
                if (colon < 0)
                {
                    continue;
                }

                var key = CultureInfo.InvariantCulture.TextInfo.ToTitleCase(item[..colon].Trim().ToLowerInvariant());
                if (!ClassicCsvMapper.ApplyDesign(trial.Design, key, item[(colon + 1)..].Trim().TrimEnd('.'), warnings))
                {
                    warnings.Add(Field.StudyDesign, $"'{item}' not understood; left out");
                }
            }
        }
    }

    private static void MapEligibility(IctrpTrial record, Trial trial, MappingWarnings warnings)
    {
        var inclusion = record.GetText(Field.InclusionCriteria);
        var exclusion = record.GetText(Field.ExclusionCriteria);
        trial.Eligibility.Criteria = (inclusion, exclusion) switch
        {
            (null, null) => null,
            (_, null) => inclusion,
            (null, _) => $"Exclusion Criteria:\n{exclusion}",
            _ => $"{(inclusion!.StartsWith("Inclusion", StringComparison.OrdinalIgnoreCase) ? inclusion : $"Inclusion Criteria:\n{inclusion}")}\n\nExclusion Criteria:\n{exclusion}",
        };

        if (record.Get(Field.Gender) is { } gender)
        {
            trial.Eligibility.Sex = IctrpValues.ParseSex(gender);
            if (trial.Eligibility.Sex is null)
            {
                warnings.Add(Field.Gender, $"'{IctrpValues.PlainText(gender)}' not understood; left out");
            }
        }

        trial.Eligibility.MinimumAge = Age(record, Field.AgeMin, warnings);
        trial.Eligibility.MaximumAge = Age(record, Field.AgeMax, warnings);
    }

    private void MapConditionsAndInterventions(IctrpTrial record, Trial trial, MappingWarnings warnings)
    {
        foreach (var name in record.GetList(Field.Condition).Where(n => n.Any(char.IsLetterOrDigit)))
        {
            var condition = resolver.ResolveCondition(name);
            if (!trial.Conditions.Any(c => c.Condition == condition))
            {
                trial.Conditions.Add(new TrialCondition { Condition = condition, Ordinal = trial.Conditions.Count });
            }
        }

        if (record.GetText(Field.Intervention) is not { } interventions)
        {
            return;
        }

        // CT.gov records: "Drug: X;Biological: Y". EU CTR records describe each product, named on a
        // "Product Name:" line. Other registers write arms and doses as free text, which is no list
        // of interventions: it stays in the source record.
        var typed = interventions.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(item => (item, colon: item.IndexOf(": ", StringComparison.Ordinal)))
            .Select(x => (x.item, x.colon, ok: x.colon > 0 && ClassicCsvValues.TryParseLabel<InterventionType>(x.item[..x.colon], out _)))
            .ToList();
        if (typed.Count > 0 && typed.All(x => x.ok))
        {
            foreach (var (item, colon, _) in typed)
            {
                ClassicCsvValues.TryParseLabel<InterventionType>(item[..colon], out var type);
                AddIntervention(trial, type, item[(colon + 2)..].Trim());
            }

            return;
        }

        var products = ProductName().Matches(interventions).Select(m => m.Groups["name"].Value.Trim()).Where(n => n.Length > 0).ToList();
        foreach (var product in products.Distinct(StringComparer.OrdinalIgnoreCase))
        {
            AddIntervention(trial, InterventionType.Drug, product);
        }

        if (products.Count == 0)
        {
            warnings.Add(Field.Intervention, "free text without intervention types; kept in the source record only");
        }
    }

    private static void AddIntervention(Trial trial, InterventionType type, string name)
    {
        if (name.Length > 0 && !trial.Interventions.Any(i => i.Type == type && i.Name == name))
        {
            trial.Interventions.Add(new Intervention { Ordinal = trial.Interventions.Count, Type = type, Name = name.Length > 500 ? name[..500] : name });
        }
    }

    /// <summary>
    /// ICTRP lists countries, not sites: one location per country keeps them searchable. JPRN lists
    /// regions too ("Asia except Japan", "Europe"), which are no country and are left out.
    /// </summary>
    private static void MapCountries(IctrpTrial record, Trial trial, MappingWarnings warnings)
    {
        foreach (var country in record.GetList(Field.Countries))
        {
            if (Regions.Contains(country))
            {
                warnings.Add(Field.Countries, $"'{country}' is a region, not a country; left out");
                continue;
            }

            trial.Locations.Add(new Location { Ordinal = trial.Locations.Count, Country = country });
        }
    }

    /// <summary>CT.gov records list one measure per ";"; other registers write prose, which may hold ";" of its own.</summary>
    private static void MapOutcomes(IctrpTrial record, Trial trial)
    {
        var split = trial.RegistryId.StartsWith("NCT", StringComparison.OrdinalIgnoreCase);
        IEnumerable<string> Measures(string field)
            => split ? record.GetList(field) : record.GetText(field) is { } text ? [text] : [];

        trial.Outcomes = Measures(Field.PrimaryOutcome).Select(m => (Kind: OutcomeKind.Primary, Measure: m))
            .Concat(Measures(Field.SecondaryOutcome).Select(m => (Kind: OutcomeKind.Secondary, Measure: m)))
            .Select((o, i) => new Outcome { Kind = o.Kind, Ordinal = i, Measure = o.Measure })
            .ToList();
    }

    /// <summary>The contact fields are parallel ";" lists (one entry per contact).</summary>
    private static void MapContacts(IctrpTrial record, Trial trial)
    {
        string[] Parts(string field) => (record.GetText(field) ?? string.Empty).Split(';').Select(p => p.Trim()).ToArray();
        var first = Parts(Field.ContactFirstname);
        var last = Parts(Field.ContactLastname);
        var email = Parts(Field.ContactEmail);
        var phone = Parts(Field.ContactTel);
        var affiliation = Parts(Field.ContactAffiliation);
        static string? At(string[] values, int i) => i < values.Length && values[i].Length > 0 ? values[i] : null;

        var count = new[] { first.Length, last.Length, email.Length, phone.Length }.Max();
        for (var i = 0; i < count; i++)
        {
            var name = string.Join(' ', new[] { At(first, i), At(last, i) }.Where(n => n is not null));
            if (name.Length == 0)
            {
                continue;
            }

            trial.Contacts.Add(new TrialContact
            {
                Kind = TrialContactKind.Central,
                Ordinal = trial.Contacts.Count,
                Name = name.Length > 300 ? name[..300] : name,
                Role = ContactRole.Contact,
                Email = At(email, i),
                Phone = At(phone, i),
                Affiliation = At(affiliation, i),
            });
        }
    }

    private static string? Age(IctrpTrial record, string field, MappingWarnings warnings)
    {
        if (record.Get(field) is not { } text)
        {
            return null;
        }

        if (IctrpValues.TryParseAge(text, out var age))
        {
            return age;
        }

        warnings.Add(field, $"'{text}' is not an age; left out");
        return null;
    }

    private static RegistryDate? Date(IctrpTrial record, string field, MappingWarnings warnings)
    {
        if (record.Get(field) is not { } text)
        {
            return null;
        }

        var date = IctrpValues.ParseDate(text);
        if (date is null && !text.StartsWith("01/01/1900", StringComparison.Ordinal))
        {
            warnings.Add(field, $"'{text}' is not a date; left out");
        }

        return date;
    }

    private static string? Limit(string? text, int limit, string field, MappingWarnings warnings)
    {
        if (text is null || text.Length <= limit)
        {
            return text;
        }

        warnings.Add(field, $"longer than {limit} characters; cut");
        return text[..limit];
    }

    [GeneratedRegex(@"^(?:EUCTR(?<number>[0-9]{4}-[0-9]{6}-[0-9]{2})-[A-Z]{2}|CTIS(?<number>[0-9]{4}-[0-9]{6}-[0-9]{2}-[0-9]{2}))$")]
    private static partial Regex EuTrialId();

    [GeneratedRegex(@"^Allocation:\s*\S", RegexOptions.IgnoreCase)]
    private static partial Regex CtGovDesign();

    // The name ends at the line or at the next "Label:" (CTIS joins the product's fields with commas).
    [GeneratedRegex(@"(?:^|\n)Product Name:\s*(?<name>[^\n]+?)\s*(?=,\s*[A-Za-z][A-Za-z ]*:|\n|$)", RegexOptions.IgnoreCase)]
    private static partial Regex ProductName();
}
