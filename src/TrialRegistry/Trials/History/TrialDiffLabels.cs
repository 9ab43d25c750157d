using System.Text;

namespace TrialRegistry.Trials.History;

/// <summary>
/// Human names for snapshot property paths ("Arms[1].Label" → "Arm 2 › Label") and the record
/// section each top-level property belongs to. Known properties have a name here; any other is
/// its PascalCase name split into words, so a field added to the record later still reads well.
/// </summary>
public static class TrialDiffLabels
{
    public const string Separator = " › ";

    /// <summary>Sections in the record page's order; a property not listed falls under <see cref="OtherSection"/>.</summary>
    public static readonly IReadOnlyList<string> SectionOrder =
    [
        "Identification", "Status and dates", "Sponsor and collaborators", "Description", "Conditions and keywords",
        "Design", "Arms and interventions", "Outcomes", "Eligibility", "Contacts and locations", OtherSection,
    ];

    public const string OtherSection = "Other";

    private static readonly Dictionary<string, string> Names = new(StringComparer.Ordinal)
    {
        ["RegistryId"] = "Registry ID",
        ["OrgStudyId"] = "Organization's study ID",
        ["BriefTitle"] = "Brief title",
        ["OfficialTitle"] = "Official title",
        ["SecondaryIds"] = "Secondary IDs",
        ["OverallStatus"] = "Overall status",
        ["LastKnownStatus"] = "Last known status",
        ["WhyStopped"] = "Why stopped",
        ["StatusVerifiedDate"] = "Status verified",
        ["StudyFirstSubmitDate"] = "First submitted",
        ["LastUpdateSubmitDate"] = "Last update submitted",
        ["StudyFirstPostDate"] = "First posted",
        ["LastUpdatePostDate"] = "Last update posted",
        ["ResultsFirstPostDate"] = "Results first posted",
        ["EnrollmentCount"] = "Enrollment",
        ["LeadSponsorId"] = "Lead sponsor",
        ["LeadSponsorName"] = "Lead sponsor",
        ["LeadSponsor"] = "Lead sponsor",
        ["ResponsiblePartyType"] = "Responsible party",
        ["IsInvestigatorInitiated"] = "Investigator-initiated",
        ["InterventionModel"] = "Intervention model",
        ["WhoMasked"] = "Who is masked",
        ["InterventionNames"] = "Interventions",
        ["OtherNames"] = "Other names",
        ["ArmGroupLabels"] = "Arms",
        ["TimeFrame"] = "Time frame",
        ["HealthyVolunteers"] = "Accepts healthy volunteers",
        ["StandardAges"] = "Age groups",
        ["Sex"] = "Sex",
        ["Criteria"] = "Criteria",
        ["Zip"] = "Postal code",
        ["State"] = "State or region",
        ["Facility"] = "Facility",
        ["Phone"] = "Phone",
        ["Email"] = "Email",
        ["Type"] = "Type",
    };

    /// <summary>The name of one element of a list of rows ("Arms" → "Arm"), numbered from 1 after it.</summary>
    private static readonly Dictionary<string, string> RowNames = new(StringComparer.Ordinal)
    {
        ["Arms"] = "Arm",
        ["Interventions"] = "Intervention",
        ["Outcomes"] = "Outcome",
        ["Locations"] = "Location",
        ["Contacts"] = "Contact",
        ["Collaborators"] = "Collaborator",
        ["SecondaryIds"] = "Secondary ID",
        ["Conditions"] = "Condition",
        ["Keywords"] = "Keyword",
    };

    private static readonly Dictionary<string, string> Sections = new(StringComparer.Ordinal)
    {
        ["RegistryId"] = "Identification",
        ["OrgStudyId"] = "Identification",
        ["BriefTitle"] = "Identification",
        ["OfficialTitle"] = "Identification",
        ["Acronym"] = "Identification",
        ["SecondaryIds"] = "Identification",
        ["OverallStatus"] = "Status and dates",
        ["LastKnownStatus"] = "Status and dates",
        ["WhyStopped"] = "Status and dates",
        ["StartDate"] = "Status and dates",
        ["PrimaryCompletionDate"] = "Status and dates",
        ["CompletionDate"] = "Status and dates",
        ["StatusVerifiedDate"] = "Status and dates",
        ["StudyFirstSubmitDate"] = "Status and dates",
        ["LastUpdateSubmitDate"] = "Status and dates",
        ["StudyFirstPostDate"] = "Status and dates",
        ["LastUpdatePostDate"] = "Status and dates",
        ["ResultsFirstPostDate"] = "Status and dates",
        ["LeadSponsor"] = "Sponsor and collaborators",
        ["LeadSponsorId"] = "Sponsor and collaborators",
        ["LeadSponsorName"] = "Sponsor and collaborators",
        ["Collaborators"] = "Sponsor and collaborators",
        ["ResponsiblePartyType"] = "Sponsor and collaborators",
        ["ResponsibleInvestigator"] = "Sponsor and collaborators",
        ["IsInvestigatorInitiated"] = "Sponsor and collaborators",
        ["BriefSummary"] = "Description",
        ["DetailedDescription"] = "Description",
        ["Conditions"] = "Conditions and keywords",
        ["Keywords"] = "Conditions and keywords",
        ["StudyType"] = "Design",
        ["Phases"] = "Design",
        ["Design"] = "Design",
        ["EnrollmentCount"] = "Design",
        ["EnrollmentType"] = "Design",
        ["Arms"] = "Arms and interventions",
        ["Interventions"] = "Arms and interventions",
        ["Outcomes"] = "Outcomes",
        ["Eligibility"] = "Eligibility",
        ["Contacts"] = "Contacts and locations",
        ["Locations"] = "Contacts and locations",
    };

    /// <summary>
    /// The order fields are listed in (the record page's): jsonb stores object keys in its own
    /// order (shortest first), so a snapshot read back has lost the order it was written in.
    /// Properties not listed follow, in the snapshot's order.
    /// </summary>
    private static readonly string[] FieldOrder =
    [
        "RegistryId", "OrgStudyId", "BriefTitle", "OfficialTitle", "Acronym", "SecondaryIds",
        "OverallStatus", "LastKnownStatus", "WhyStopped", "StatusVerifiedDate", "StartDate", "PrimaryCompletionDate", "CompletionDate",
        "LeadSponsor", "Collaborators", "ResponsiblePartyType", "ResponsibleInvestigator", "BriefSummary", "DetailedDescription",
        "Conditions", "Keywords", "StudyType", "Phases", "Design", "EnrollmentCount", "EnrollmentType",
        "Arms", "Interventions", "Outcomes", "Eligibility", "Contacts", "Locations",

        // Inside rows and nested objects.
        "Label", "Name", "Measure", "Facility", "Value", "Text", "Type", "Kind", "Role", "Domain", "Link", "TimeFrame", "Description",
        "InterventionNames", "OtherNames", "ArmGroupLabels", "ProductId", "ProductName", "Affiliation", "Phone", "Email",
        "City", "State", "Zip", "Country", "Status", "Latitude", "Longitude",
        "PrimaryPurpose", "Allocation", "InterventionModel", "InterventionModelDescription", "Masking", "MaskingDescription", "WhoMasked",
        "ObservationalModel", "TimePerspective",
        "Criteria", "Sex", "MinimumAge", "MaximumAge", "HealthyVolunteers", "StandardAges", "StudyPopulation",
    ];

    private static readonly Dictionary<string, int> FieldRanks = FieldOrder.Select((name, rank) => (name, rank))
        .ToDictionary(x => x.name, x => x.rank, StringComparer.Ordinal);

    /// <summary>Property names in display order (known fields first, in <see cref="FieldOrder"/>; others after, as given).</summary>
    public static IEnumerable<string> InDisplayOrder(IEnumerable<string> names)
        => names.OrderBy(n => FieldRanks.TryGetValue(n, out var rank) ? rank : int.MaxValue);

    /// <summary>Properties whose values are enum names ("NotYetRecruiting"): shown as words ("Not yet recruiting").</summary>
    private static readonly HashSet<string> EnumProperties = new(StringComparer.Ordinal)
    {
        "OverallStatus", "LastKnownStatus", "StudyType", "Phases", "EnrollmentType", "Type", "Kind", "Status", "Role",
        "Sex", "StandardAges", "PrimaryPurpose", "Allocation", "InterventionModel", "Masking", "WhoMasked",
        "ObservationalModel", "TimePerspective", "ResponsiblePartyType",
    };

    /// <summary>A value as shown: enum names of known enum properties as words, anything else as is.</summary>
    public static string Value(string property, string value)
        => EnumProperties.Contains(property) && value.Length > 0 && char.IsUpper(value[0]) && value.All(char.IsAsciiLetterOrDigit)
            ? SplitPascalCase(value)
            : value;

    /// <summary>The first property of a path: "Arms" for "Arms[1].Label", "Eligibility" for "Eligibility.Sex".</summary>
    public static string TopLevelField(string path)
    {
        var end = path.IndexOfAny(['.', '[']);
        return end < 0 ? path : path[..end];
    }

    public static string Section(string topLevelField)
        => Sections.TryGetValue(topLevelField, out var section) ? section : OtherSection;

    /// <summary>The human name of one property ("MinimumAge" → "Minimum age").</summary>
    public static string Name(string property)
        => Names.TryGetValue(property, out var name) ? name : SplitPascalCase(property);

    /// <summary>"Arm 2" for the element at index 1 of "Arms".</summary>
    public static string RowName(string listProperty, int index)
    {
        var singular = RowNames.TryGetValue(listProperty, out var name) ? name : Singular(Name(listProperty));
        return $"{singular} {index + 1}";
    }

    /// <summary>The label of a child property under a parent's label ("" at the top).</summary>
    public static string Child(string parentLabel, string property)
    {
        // A value object's "Text" or "Value" (a date's text, an identifier's value) and the lead
        // sponsor's name are named by their parent.
        if (parentLabel.Length > 0 && (property is "Text" or "Value" || (property == "Name" && parentLabel == Name("LeadSponsor"))))
        {
            return parentLabel;
        }

        var name = Name(property);
        return parentLabel.Length == 0 ? name : parentLabel + Separator + name;
    }

    /// <summary>"MinimumAge" → "Minimum age"; "HTTPStatus" → "HTTP status"; acronyms keep their capitals.</summary>
    public static string SplitPascalCase(string name)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            var startsWord = word.Length > 0
                && ((char.IsUpper(c) && (char.IsLower(name[i - 1]) || char.IsDigit(name[i - 1]) || (i + 1 < name.Length && char.IsLower(name[i + 1]))))
                    || (char.IsDigit(c) && char.IsLetter(name[i - 1])));
            if (startsWord || c is '_' or '-')
            {
                words.Add(word.ToString());
                word.Clear();
            }

            if (c is not ('_' or '-'))
            {
                word.Append(c);
            }
        }

        words.Add(word.ToString());
        var parts = words.Where(w => w.Length > 0)
            .Select((w, i) => i == 0 || IsAcronym(w) ? w : w.ToLowerInvariant())
            .ToList();
        if (parts.Count == 0)
        {
            return name;
        }

        parts[0] = IsAcronym(parts[0]) ? parts[0] : char.ToUpperInvariant(parts[0][0]) + parts[0][1..].ToLowerInvariant();
        return string.Join(' ', parts);
    }

    private static bool IsAcronym(string word) => word.Length > 1 && word.All(c => char.IsUpper(c) || char.IsDigit(c));

    private static string Singular(string plural)
        => plural.EndsWith("ies", StringComparison.Ordinal) ? plural[..^3] + "y"
            : plural.EndsWith('s') && !plural.EndsWith("ss", StringComparison.Ordinal) ? plural[..^1]
            : plural;
}
