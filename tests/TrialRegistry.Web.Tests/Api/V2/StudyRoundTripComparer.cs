using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace TrialRegistry.Web.Tests.Api.V2;

/// <summary>
/// The one comparison of the round trip: a CT.gov v2 study as imported against the study the API
/// serves for it. Fields are dotted paths with array positions ("…locations[2].city").
/// <para>
/// Normalizations the importer legitimately makes, and so are not differences:
/// texts are trimmed and a blank text or an empty list counts as absent (JsonReading reads them so);
/// where the original gives no value at all for a modelled field, the served one may hold the
/// importer's stand-in (UNKNOWN status, INTERVENTIONAL type, the organization as lead sponsor);
/// numbers compare by value (48.8534 and 48.85340 are one latitude).
/// </para>
/// </summary>
internal static class StudyRoundTripComparer
{
    /// <summary>Every field the registry models, as CT.gov paths (arrays walked through).</summary>
    public static readonly IReadOnlyList<string> ModelledFields =
    [
        "protocolSection.identificationModule.nctId",
        "protocolSection.identificationModule.orgStudyIdInfo.id",
        "protocolSection.identificationModule.secondaryIdInfos.id",
        "protocolSection.identificationModule.secondaryIdInfos.type",
        "protocolSection.identificationModule.secondaryIdInfos.domain",
        "protocolSection.identificationModule.secondaryIdInfos.link",
        "protocolSection.identificationModule.briefTitle",
        "protocolSection.identificationModule.officialTitle",
        "protocolSection.identificationModule.acronym",
        "protocolSection.statusModule.statusVerifiedDate",
        "protocolSection.statusModule.overallStatus",
        "protocolSection.statusModule.lastKnownStatus",
        "protocolSection.statusModule.whyStopped",
        "protocolSection.statusModule.startDateStruct.date",
        "protocolSection.statusModule.startDateStruct.type",
        "protocolSection.statusModule.primaryCompletionDateStruct.date",
        "protocolSection.statusModule.primaryCompletionDateStruct.type",
        "protocolSection.statusModule.completionDateStruct.date",
        "protocolSection.statusModule.completionDateStruct.type",
        "protocolSection.statusModule.studyFirstSubmitDate",
        "protocolSection.statusModule.studyFirstPostDateStruct.date",
        "protocolSection.statusModule.studyFirstPostDateStruct.type",
        "protocolSection.statusModule.resultsFirstPostDateStruct.date",
        "protocolSection.statusModule.resultsFirstPostDateStruct.type",
        "protocolSection.statusModule.lastUpdateSubmitDate",
        "protocolSection.statusModule.lastUpdatePostDateStruct.date",
        "protocolSection.statusModule.lastUpdatePostDateStruct.type",
        "protocolSection.sponsorCollaboratorsModule.responsibleParty.type",
        "protocolSection.sponsorCollaboratorsModule.responsibleParty.investigatorFullName",
        "protocolSection.sponsorCollaboratorsModule.leadSponsor.name",
        "protocolSection.sponsorCollaboratorsModule.leadSponsor.class",
        "protocolSection.sponsorCollaboratorsModule.collaborators.name",
        "protocolSection.sponsorCollaboratorsModule.collaborators.class",
        "protocolSection.descriptionModule.briefSummary",
        "protocolSection.descriptionModule.detailedDescription",
        "protocolSection.conditionsModule.conditions",
        "protocolSection.conditionsModule.keywords",
        "protocolSection.designModule.studyType",
        "protocolSection.designModule.phases",
        "protocolSection.designModule.designInfo.allocation",
        "protocolSection.designModule.designInfo.interventionModel",
        "protocolSection.designModule.designInfo.interventionModelDescription",
        "protocolSection.designModule.designInfo.primaryPurpose",
        "protocolSection.designModule.designInfo.observationalModel",
        "protocolSection.designModule.designInfo.timePerspective",
        "protocolSection.designModule.designInfo.maskingInfo.masking",
        "protocolSection.designModule.designInfo.maskingInfo.maskingDescription",
        "protocolSection.designModule.designInfo.maskingInfo.whoMasked",
        "protocolSection.designModule.enrollmentInfo.count",
        "protocolSection.designModule.enrollmentInfo.type",
        "protocolSection.armsInterventionsModule.armGroups.label",
        "protocolSection.armsInterventionsModule.armGroups.type",
        "protocolSection.armsInterventionsModule.armGroups.description",
        "protocolSection.armsInterventionsModule.armGroups.interventionNames",
        "protocolSection.armsInterventionsModule.interventions.type",
        "protocolSection.armsInterventionsModule.interventions.name",
        "protocolSection.armsInterventionsModule.interventions.description",
        "protocolSection.armsInterventionsModule.interventions.armGroupLabels",
        "protocolSection.armsInterventionsModule.interventions.otherNames",
        "protocolSection.outcomesModule.primaryOutcomes.measure",
        "protocolSection.outcomesModule.primaryOutcomes.description",
        "protocolSection.outcomesModule.primaryOutcomes.timeFrame",
        "protocolSection.outcomesModule.secondaryOutcomes.measure",
        "protocolSection.outcomesModule.secondaryOutcomes.description",
        "protocolSection.outcomesModule.secondaryOutcomes.timeFrame",
        "protocolSection.outcomesModule.otherOutcomes.measure",
        "protocolSection.outcomesModule.otherOutcomes.description",
        "protocolSection.outcomesModule.otherOutcomes.timeFrame",
        "protocolSection.eligibilityModule.eligibilityCriteria",
        "protocolSection.eligibilityModule.healthyVolunteers",
        "protocolSection.eligibilityModule.sex",
        "protocolSection.eligibilityModule.minimumAge",
        "protocolSection.eligibilityModule.maximumAge",
        "protocolSection.eligibilityModule.stdAges",
        "protocolSection.eligibilityModule.studyPopulation",
        "protocolSection.contactsLocationsModule.centralContacts.name",
        "protocolSection.contactsLocationsModule.centralContacts.role",
        "protocolSection.contactsLocationsModule.centralContacts.phone",
        "protocolSection.contactsLocationsModule.centralContacts.phoneExt",
        "protocolSection.contactsLocationsModule.centralContacts.email",
        "protocolSection.contactsLocationsModule.overallOfficials.name",
        "protocolSection.contactsLocationsModule.overallOfficials.affiliation",
        "protocolSection.contactsLocationsModule.overallOfficials.role",
        "protocolSection.contactsLocationsModule.locations.facility",
        "protocolSection.contactsLocationsModule.locations.status",
        "protocolSection.contactsLocationsModule.locations.city",
        "protocolSection.contactsLocationsModule.locations.state",
        "protocolSection.contactsLocationsModule.locations.zip",
        "protocolSection.contactsLocationsModule.locations.country",
        "protocolSection.contactsLocationsModule.locations.geoPoint.lat",
        "protocolSection.contactsLocationsModule.locations.geoPoint.lon",
        "hasResults",
    ];

    /// <summary>
    /// The differences in the modelled fields: for each field the original gives, the served study
    /// must give exactly the same values at the same positions (no more, no fewer).
    /// </summary>
    public static List<string> DifferencesInModelledFields(JsonNode original, JsonNode served)
    {
        var differences = new List<string>();
        foreach (var field in ModelledFields)
        {
            var expected = Leaves(original, field);
            if (expected.Count == 0)
            {
                continue;
            }

            var actual = Leaves(served, field);
            foreach (var (path, value) in expected)
            {
                if (!actual.TryGetValue(path, out var servedValue))
                {
                    differences.Add($"{path}: missing (expected {value})");
                }
                else if (servedValue != value)
                {
                    differences.Add($"{path}: {servedValue} (expected {value})");
                }
            }

            differences.AddRange(actual.Keys.Except(expected.Keys).Select(path => $"{path}: {actual[path]} (not in the original)"));
        }

        return differences;
    }

    /// <summary>
    /// The differences anywhere in the original: every value it holds, modelled or not, must be
    /// served unchanged (the unmodelled ones are carried over from the stored source record).
    /// </summary>
    public static List<string> DifferencesAnywhere(JsonNode original, JsonNode served)
    {
        var expected = Leaves(original, path: null);
        var actual = Leaves(served, path: null);
        return expected
            .Where(e => !actual.TryGetValue(e.Key, out var value) || value != e.Value)
            .Select(e => $"{e.Key}: {(actual.TryGetValue(e.Key, out var value) ? value : "missing")} (expected {e.Value})")
            .ToList();
    }

    /// <summary>The leaf values under a dotted path (every leaf when null), keyed by their concrete path, normalized.</summary>
    private static Dictionary<string, string> Leaves(JsonNode root, string? path)
    {
        var leaves = new Dictionary<string, string>(StringComparer.Ordinal);
        var segments = path?.Split('.') ?? [];
        Collect(root, segments, 0, string.Empty, leaves);
        return leaves;
    }

    private static void Collect(JsonNode? node, string[] segments, int depth, string at, Dictionary<string, string> leaves)
    {
        switch (node)
        {
            case null:
                return;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    Collect(array[i], segments, depth, $"{at}[{i}]", leaves);
                }

                return;
            case JsonObject obj when depth < segments.Length:
                Collect(obj[segments[depth]], segments, depth + 1, Join(at, segments[depth]), leaves);
                return;
            case JsonObject obj:
                foreach (var (name, child) in obj)
                {
                    Collect(child, segments, depth, Join(at, name), leaves);
                }

                return;
            case JsonValue value when Normalized(value) is { } text:
                leaves[at] = text;
                return;
            default:
                return;
        }
    }

    private static string? Normalized(JsonValue value) => value.GetValueKind() switch
    {
        JsonValueKind.String => value.GetValue<string>().Trim() is { Length: > 0 } text ? text : null,
        JsonValueKind.Number => double.Parse(value.ToJsonString(), CultureInfo.InvariantCulture).ToString("R", CultureInfo.InvariantCulture),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => null,
    };

    private static string Join(string at, string name) => at.Length == 0 ? name : $"{at}.{name}";
}
