using System.Globalization;
using System.Text.Json.Nodes;
using TrialRegistry.Common;
using TrialRegistry.Import;
using TrialRegistry.Organizations;
using TrialRegistry.Trials;

namespace TrialRegistry.CtGovApi.Studies;

/// <summary>
/// One writer per protocolSection module, each setting exactly the members the model holds (and
/// removing those it holds no value for). Members a module has beyond those stay as carried over.
/// </summary>
internal static class CtGovStudyModules
{
    public static void WriteIdentification(JsonObject module, Trial trial, JsonObject source)
    {
        module.Set("nctId", trial.RegistryId);
        if (trial.OrgStudyId is null)
        {
            module.Remove("orgStudyIdInfo");
        }
        else
        {
            module.Object("orgStudyIdInfo").Set("id", trial.OrgStudyId);
        }

        var sourceIds = source.Object("identificationModule").Items("secondaryIdInfos");
        module.Set("secondaryIdInfos", trial.SecondaryIds.Select(id =>
        {
            var info = sourceIds.Claim(item => SourceItems.SameText(item, "id", id.Value));
            var type = SecondaryIdTypeOf(id, info);
            info.Set("id", id.Value);
            info.Set("type", type);
            info.Set("domain", id.Domain);
            info.Set("link", id.Link);
            return info;
        }));

        // The submitting organization is not modelled; a record of our own names its lead sponsor.
        if (module["organization"] is not JsonObject && trial.LeadSponsor is { } sponsor)
        {
            module["organization"] = new JsonObject { ["fullName"] = sponsor.Name, ["class"] = CtGovNames.ToCtGov(sponsor.Class) };
        }

        module.Set("briefTitle", trial.BriefTitle);
        module.Set("officialTitle", trial.OfficialTitle);
        module.Set("acronym", trial.Acronym);
    }

    public static void WriteStatus(JsonObject module, Trial trial)
    {
        module.Set("statusVerifiedDate", trial.StatusVerifiedDate?.ToString());
        module.Set("overallStatus", CtGovNames.ToCtGov(trial.OverallStatus));
        module.Set("lastKnownStatus", Enum(trial.LastKnownStatus));
        module.Set("whyStopped", trial.WhyStopped);
        module.Set("startDateStruct", DateStruct(trial.StartDate));
        module.Set("primaryCompletionDateStruct", DateStruct(trial.PrimaryCompletionDate));
        module.Set("completionDateStruct", DateStruct(trial.CompletionDate));
        module.Set("studyFirstSubmitDate", FullDate(trial.StudyFirstSubmitDate));
        module.Set("studyFirstPostDateStruct", DateStruct(trial.StudyFirstPostDate));
        module.Set("resultsFirstPostDateStruct", DateStruct(trial.ResultsFirstPostDate));
        module.Set("lastUpdateSubmitDate", FullDate(trial.LastUpdateSubmitDate));
        module.Set("lastUpdatePostDateStruct", DateStruct(trial.LastUpdatePostDate));
    }

    public static void WriteSponsors(JsonObject module, Trial trial)
    {
        var responsible = module.Object("responsibleParty");
        responsible.Set("type", Enum(trial.ResponsiblePartyType));
        responsible.Set("investigatorFullName", trial.ResponsibleInvestigator);
        if (trial.ResponsibleInvestigator is null)
        {
            // The investigator's title and affiliation belong to the investigator the model no longer names.
            responsible.Remove("investigatorTitle");
            responsible.Remove("investigatorAffiliation");
        }

        module.RemoveIfEmpty("responsibleParty");
        module.Set("leadSponsor", trial.LeadSponsor is { } lead ? Sponsor(lead) : null);
        module.Set("collaborators", trial.Collaborators.OrderBy(c => c.Ordinal).Select(c => Sponsor(c.Organization)));
    }

    public static void WriteDescription(JsonObject module, Trial trial)
    {
        module.Set("briefSummary", trial.BriefSummary);
        module.Set("detailedDescription", trial.DetailedDescription);
    }

    public static void WriteConditions(JsonObject module, Trial trial)
    {
        module.Set("conditions", trial.Conditions.OrderBy(c => c.Ordinal).Select(c => c.Condition.Name));
        module.Set("keywords", trial.Keywords);
    }

    public static void WriteDesign(JsonObject module, Trial trial)
    {
        module.Set("studyType", CtGovNames.ToCtGov(trial.StudyType));
        module.Set("phases", trial.Phases.Select(CtGovNames.ToCtGov));

        var design = trial.Design;
        var info = module.Object("designInfo");
        info.Set("allocation", Enum(design.Allocation));
        info.Set("interventionModel", Enum(design.InterventionModel));
        info.Set("interventionModelDescription", design.InterventionModelDescription);
        info.Set("primaryPurpose", Enum(design.PrimaryPurpose));
        info.Set("observationalModel", Enum(design.ObservationalModel));
        info.Set("timePerspective", Enum(design.TimePerspective));
        var masking = info.Object("maskingInfo");
        masking.Set("masking", Enum(design.Masking));
        masking.Set("maskingDescription", design.MaskingDescription);
        masking.Set("whoMasked", design.WhoMasked.Select(CtGovNames.ToCtGov));
        info.RemoveIfEmpty("maskingInfo");
        module.RemoveIfEmpty("designInfo");

        var enrollment = module.Object("enrollmentInfo");
        enrollment.Set("count", trial.EnrollmentCount is { } count ? JsonValue.Create(count) : null);
        enrollment.Set("type", Enum(trial.EnrollmentType));
        module.RemoveIfEmpty("enrollmentInfo");
    }

    public static void WriteArmsAndInterventions(JsonObject module, Trial trial, JsonObject source)
    {
        var sourceModule = source.Object("armsInterventionsModule");
        var sourceArms = sourceModule.Items("armGroups");
        module.Set("armGroups", trial.Arms.OrderBy(a => a.Ordinal).Select(arm =>
        {
            var group = sourceArms.Claim(item => SourceItems.SameText(item, "label", arm.Label));
            group.Set("label", arm.Label);
            group.Set("type", Enum(arm.Type));
            group.Set("description", arm.Description);
            group.Set("interventionNames", arm.InterventionNames);
            return group;
        }));

        var sourceInterventions = sourceModule.Items("interventions");
        module.Set("interventions", trial.Interventions.OrderBy(i => i.Ordinal).Select(intervention =>
        {
            var item = sourceInterventions.Claim(i => SourceItems.SameText(i, "name", intervention.Name));
            item.Set("type", CtGovNames.ToCtGov(intervention.Type));
            item.Set("name", intervention.Name);
            item.Set("description", intervention.Description);
            item.Set("armGroupLabels", intervention.ArmGroupLabels);
            item.Set("otherNames", intervention.OtherNames);
            return item;
        }));
    }

    public static void WriteOutcomes(JsonObject module, Trial trial)
    {
        module.Set("primaryOutcomes", Outcomes(trial, OutcomeKind.Primary));
        module.Set("secondaryOutcomes", Outcomes(trial, OutcomeKind.Secondary));
        module.Set("otherOutcomes", Outcomes(trial, OutcomeKind.Other));
    }

    public static void WriteEligibility(JsonObject module, Trial trial)
    {
        var eligibility = trial.Eligibility;
        module.Set("eligibilityCriteria", eligibility.Criteria);
        module.Set("healthyVolunteers", eligibility.HealthyVolunteers is { } healthy ? JsonValue.Create(healthy) : null);
        module.Set("sex", Enum(eligibility.Sex));
        module.Set("minimumAge", eligibility.MinimumAge);
        module.Set("maximumAge", eligibility.MaximumAge);
        module.Set("stdAges", eligibility.StandardAges.Select(CtGovNames.ToCtGov));
        module.Set("studyPopulation", eligibility.StudyPopulation);
    }

    public static void WriteContactsAndLocations(JsonObject module, Trial trial, JsonObject source)
    {
        var contacts = trial.Contacts.OrderBy(c => c.Ordinal).ToList();
        module.Set("centralContacts", contacts.Where(c => c.Kind == TrialContactKind.Central).Select(contact =>
        {
            var (phone, extension) = SplitPhone(contact.Phone);
            var item = new JsonObject();
            item.Set("name", contact.Name);
            item.Set("role", Enum(contact.Role));
            item.Set("phone", phone);
            item.Set("phoneExt", extension);
            item.Set("email", contact.Email);
            return item;
        }));
        module.Set("overallOfficials", contacts.Where(c => c.Kind == TrialContactKind.OverallOfficial).Select(official =>
        {
            var item = new JsonObject();
            item.Set("name", official.Name);
            item.Set("affiliation", official.Affiliation);

            // CT.gov's OfficialRole has no CONTACT.
            item.Set("role", official.Role is { } role and not ContactRole.Contact ? CtGovNames.ToCtGov(role) : null);
            return item;
        }));

        var sourceLocations = source.Object("contactsLocationsModule").Items("locations");
        module.Set("locations", trial.Locations.OrderBy(l => l.Ordinal).Select(location =>
        {
            var item = sourceLocations.Claim(i => SourceItems.SameText(i, "facility", location.Facility)
                && SourceItems.SameText(i, "city", location.City)
                && SourceItems.SameText(i, "country", location.Country));
            item.Set("facility", location.Facility);
            item.Set("status", Enum(location.Status));
            item.Set("city", location.City);
            item.Set("state", location.State);
            item.Set("zip", location.Zip);
            item.Set("country", location.Country);
            item.Set("geoPoint", location is { Latitude: { } lat, Longitude: { } lon } ? new JsonObject { ["lat"] = lat, ["lon"] = lon } : null);
            return item;
        }));
    }

    /// <summary>
    /// The importer keeps CT.gov's separate phone extension in the one phone field as "PHONE ext. EXT";
    /// this splits it back.
    /// </summary>
    internal static (string? Phone, string? Extension) SplitPhone(string? phone)
    {
        if (string.IsNullOrWhiteSpace(phone))
        {
            return (null, null);
        }

        const string marker = "ext. ";
        if (phone.StartsWith(marker, StringComparison.Ordinal))
        {
            return (null, phone[marker.Length..].Trim());
        }

        var at = phone.LastIndexOf(" " + marker, StringComparison.Ordinal);
        return at < 0 ? (phone, null) : (phone[..at].Trim(), phone[(at + marker.Length + 1)..].Trim());
    }

    /// <summary>
    /// CT.gov's type for a secondary id. The importer refines OTHER/REGISTRY (and a missing type) by the
    /// number's format, and ISRCTN/WHO UTN are ours only; the type the source gave is written back when
    /// the model's type is that refinement of it, so an imported record reads as it came.
    /// </summary>
    private static string SecondaryIdTypeOf(TrialSecondaryId id, JsonObject sourceItem)
    {
        var given = sourceItem["type"] is JsonValue node && node.TryGetValue<string>(out var text) ? text : null;
        if (CtGovNames.TryParse<SecondaryIdType>(given, out var declared)
            && declared is not (SecondaryIdType.Isrctn or SecondaryIdType.WhoUtn)
            && SecondaryIdClassifier.Classify(id.Value, declared) == id.Type)
        {
            return CtGovNames.ToCtGov(declared);
        }

        return id.Type is SecondaryIdType.Isrctn or SecondaryIdType.WhoUtn ? "REGISTRY" : CtGovNames.ToCtGov(id.Type);
    }

    private static IEnumerable<JsonObject> Outcomes(Trial trial, OutcomeKind kind)
        => trial.Outcomes.Where(o => o.Kind == kind).OrderBy(o => o.Ordinal).Select(outcome =>
        {
            var item = new JsonObject();
            item.Set("measure", outcome.Measure);
            item.Set("description", outcome.Description);
            item.Set("timeFrame", outcome.TimeFrame);
            return item;
        });

    private static JsonObject Sponsor(Organization organization)
        => new() { ["name"] = organization.Name, ["class"] = CtGovNames.ToCtGov(organization.Class) };

    private static JsonObject? DateStruct(RegistryDate? date)
    {
        if (date is null)
        {
            return null;
        }

        var result = new JsonObject { ["date"] = date.ToString() };
        result.Set("type", Enum(date.Type));
        return result;
    }

    private static string? FullDate(DateOnly? date)
        => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string? Enum<TEnum>(TEnum? value)
        where TEnum : struct, System.Enum
        => value is { } known ? CtGovNames.ToCtGov(known) : null;
}
