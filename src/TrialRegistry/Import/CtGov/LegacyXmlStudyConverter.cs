using System.Text.Json.Nodes;
using System.Xml.Linq;
using TrialRegistry.Common;
using TrialRegistry.Trials;

namespace TrialRegistry.Import.CtGov;

/// <summary>
/// Rewrites a legacy ClinicalTrials.gov record (&lt;clinical_study&gt;, public.xsd) as the API v2
/// study it became, so that <see cref="CtGovStudyMapper"/> maps both formats with one set of rules
/// (ADR 0015). Display labels become v2 values ("Phase 1/Phase 2" → PHASE1 + PHASE2, "Unknown status"
/// → UNKNOWN, "N/A" → NA), English dates become ISO partial dates with their type. A label this code
/// does not know is passed through unchanged, so the mapper reports it as an unknown value.
/// </summary>
internal static class LegacyXmlStudyConverter
{
    public static JsonObject ToV2Study(XElement study)
    {
        var protocol = new JsonObject
        {
            ["identificationModule"] = Identification(study),
            ["statusModule"] = Status(study),
            ["sponsorCollaboratorsModule"] = Sponsors(study),
            ["descriptionModule"] = Compact(new JsonObject
            {
                ["briefSummary"] = TextBlock(study.Element("brief_summary")),
                ["detailedDescription"] = TextBlock(study.Element("detailed_description")),
            }),
            ["conditionsModule"] = Compact(new JsonObject
            {
                ["conditions"] = Strings(study.Elements("condition")),
                ["keywords"] = Strings(study.Elements("keyword")),
            }),
            ["designModule"] = Design(study),
            ["armsInterventionsModule"] = ArmsAndInterventions(study),
            ["outcomesModule"] = Compact(new JsonObject
            {
                ["primaryOutcomes"] = Outcomes(study.Elements("primary_outcome")),
                ["secondaryOutcomes"] = Outcomes(study.Elements("secondary_outcome")),
                ["otherOutcomes"] = Outcomes(study.Elements("other_outcome")),
            }),
            ["eligibilityModule"] = Eligibility(study.Element("eligibility")),
            ["contactsLocationsModule"] = ContactsAndLocations(study),
        };

        var meshes = new JsonArray(study.Element("condition_browse")?.Elements("mesh_term")
            .Select(Text).OfType<string>().Select(term => (JsonNode)new JsonObject { ["term"] = term }).ToArray() ?? []);
        return new JsonObject
        {
            ["protocolSection"] = Compact(protocol),
            ["derivedSection"] = new JsonObject { ["conditionBrowseModule"] = new JsonObject { ["meshes"] = meshes } },
            ["hasResults"] = study.Element("clinical_results") is not null,
        };
    }

    private static JsonObject Identification(XElement study)
    {
        var ids = study.Element("id_info");
        return Compact(new JsonObject
        {
            ["nctId"] = Text(ids?.Element("nct_id")),
            ["orgStudyIdInfo"] = Compact(new JsonObject { ["id"] = Text(ids?.Element("org_study_id")) }),
            ["secondaryIdInfos"] = new JsonArray(ids?.Elements("secondary_id").Select(Text).OfType<string>()
                .Select(id => (JsonNode)new JsonObject { ["id"] = id }).ToArray() ?? []),
            ["briefTitle"] = Text(study.Element("brief_title")),
            ["officialTitle"] = Text(study.Element("official_title")),
            ["acronym"] = Text(study.Element("acronym")),

            // The legacy <source> is the organization that submitted the record.
            ["organization"] = Compact(new JsonObject { ["fullName"] = Text(study.Element("source")) }),
        });
    }

    private static JsonObject Status(XElement study)
    {
        var status = Compact(new JsonObject
        {
            ["overallStatus"] = StatusValue(Text(study.Element("overall_status"))),
            ["lastKnownStatus"] = StatusValue(Text(study.Element("last_known_status"))),
            ["whyStopped"] = Text(study.Element("why_stopped")),
            ["statusVerifiedDate"] = DateText(study.Element("verification_date")),
            ["startDateStruct"] = DateStruct(study.Element("start_date")),
            ["primaryCompletionDateStruct"] = DateStruct(study.Element("primary_completion_date")),
            ["completionDateStruct"] = DateStruct(study.Element("completion_date")),
            ["studyFirstSubmitDate"] = DateText(study.Element("study_first_submitted")),
            ["studyFirstPostDateStruct"] = DateStruct(study.Element("study_first_posted")),
            ["resultsFirstPostDateStruct"] = DateStruct(study.Element("results_first_posted")),
            ["lastUpdateSubmitDate"] = DateText(study.Element("last_update_submitted")),
            ["lastUpdatePostDateStruct"] = DateStruct(study.Element("last_update_posted")),
        });
        return status;
    }

    private static JsonObject Sponsors(XElement study)
    {
        var sponsors = study.Element("sponsors");
        var responsible = study.Element("responsible_party");
        return Compact(new JsonObject
        {
            ["leadSponsor"] = Agency(sponsors?.Element("lead_sponsor")),
            ["collaborators"] = new JsonArray(sponsors?.Elements("collaborator").Select(c => (JsonNode?)Agency(c)).ToArray() ?? []),
            ["responsibleParty"] = Compact(new JsonObject
            {
                ["type"] = Value<ResponsiblePartyType>(Text(responsible?.Element("responsible_party_type"))),
                ["investigatorFullName"] = Text(responsible?.Element("investigator_full_name")),
                ["investigatorTitle"] = Text(responsible?.Element("investigator_title")),
                ["investigatorAffiliation"] = Text(responsible?.Element("investigator_affiliation")),
            }),
        });
    }

    private static JsonObject Agency(XElement? agency)
    {
        var label = Text(agency?.Element("agency_class"));
        return Compact(new JsonObject
        {
            ["name"] = Text(agency?.Element("agency")),
            ["class"] = label is null ? null
                : ClassicCsvValues.ParseFundedBy(label) is { } parsed ? CtGovNames.ToCtGov(parsed) : label,
        });
    }

    private static JsonObject Design(XElement study)
    {
        var info = study.Element("study_design_info");
        var (masking, whoMasked) = Text(info?.Element("masking")) is { } maskingText ? ClassicCsvValues.SplitMasking(maskingText) : (null, []);
        var enrollment = study.Element("enrollment");
        var model = Text(info?.Element("intervention_model"))?.Replace("Assignment", string.Empty, StringComparison.OrdinalIgnoreCase);
        return Compact(new JsonObject
        {
            ["studyType"] = Value<StudyType>(Text(study.Element("study_type"))),
            ["phases"] = Phases(Text(study.Element("phase"))),
            ["designInfo"] = Compact(new JsonObject
            {
                ["allocation"] = Value<DesignAllocation>(Text(info?.Element("allocation"))),
                ["interventionModel"] = Value<InterventionalAssignment>(model),
                ["interventionModelDescription"] = Text(info?.Element("intervention_model_description")),
                ["primaryPurpose"] = PrimaryPurposeValue(Text(info?.Element("primary_purpose"))),
                ["observationalModel"] = Value<ObservationalModel>(Text(info?.Element("observational_model"))),
                ["timePerspective"] = Value<TimePerspective>(Text(info?.Element("time_perspective"))),
                ["maskingInfo"] = Compact(new JsonObject
                {
                    ["masking"] = Value<DesignMasking>(masking),
                    ["maskingDescription"] = Text(info?.Element("masking_description")),
                    ["whoMasked"] = new JsonArray(whoMasked.Select(w => (JsonNode?)Value<WhoMasked>(w)).ToArray()),
                }),
            }),
            ["enrollmentInfo"] = Compact(new JsonObject
            {
                ["count"] = int.TryParse(Text(enrollment), out var count) ? count : null,
                ["type"] = enrollment is null ? null : DateTypeValue(enrollment.Attribute("type")?.Value),
            }),
        });
    }

    private static JsonObject ArmsAndInterventions(XElement study)
    {
        var interventions = study.Elements("intervention").ToList();
        var arms = study.Elements("arm_group").Select(arm =>
        {
            var label = Text(arm.Element("arm_group_label"));

            // v2 lists an arm's interventions as "Type: name", derived from the interventions' arm labels.
            var names = interventions
                .Where(i => label is not null && i.Elements("arm_group_label").Any(l => Text(l) == label))
                .Select(i => $"{Text(i.Element("intervention_type"))}: {Text(i.Element("intervention_name"))}");
            return (JsonNode)Compact(new JsonObject
            {
                ["label"] = label,
                ["type"] = Value<ArmGroupType>(Text(arm.Element("arm_group_type"))),
                ["description"] = MultiLine(arm.Element("description")?.Value),
                ["interventionNames"] = Strings(names),
            });
        });

        return Compact(new JsonObject
        {
            ["armGroups"] = new JsonArray(arms.ToArray()),
            ["interventions"] = new JsonArray(interventions.Select(i => (JsonNode)Compact(new JsonObject
            {
                ["type"] = Value<InterventionType>(Text(i.Element("intervention_type"))),
                ["name"] = Text(i.Element("intervention_name")),
                ["description"] = MultiLine(i.Element("description")?.Value),
                ["armGroupLabels"] = Strings(i.Elements("arm_group_label")),
                ["otherNames"] = Strings(i.Elements("other_name")),
            })).ToArray()),
        });
    }

    private static JsonArray Outcomes(IEnumerable<XElement> outcomes)
        => new(outcomes.Select(o => (JsonNode)Compact(new JsonObject
        {
            ["measure"] = Text(o.Element("measure")),
            ["description"] = MultiLine(o.Element("description")?.Value),
            ["timeFrame"] = Text(o.Element("time_frame")),
        })).ToArray());

    private static JsonObject Eligibility(XElement? eligibility)
    {
        var minimum = Age(Text(eligibility?.Element("minimum_age")));
        var maximum = Age(Text(eligibility?.Element("maximum_age")));
        return Compact(new JsonObject
        {
            ["eligibilityCriteria"] = TextBlock(eligibility?.Element("criteria")),
            ["healthyVolunteers"] = Text(eligibility?.Element("healthy_volunteers")) switch
            {
                null => null,
                "No" => false,
                var yes when yes.StartsWith("Accepts", StringComparison.OrdinalIgnoreCase) || yes == "Yes" => true,
                _ => null,
            },
            ["sex"] = Value<Sex>(Text(eligibility?.Element("gender"))),
            ["minimumAge"] = minimum,
            ["maximumAge"] = maximum,
            ["stdAges"] = eligibility is null ? null : new JsonArray(LegacyXmlAges.StandardAges(minimum, maximum)
                .Select(a => (JsonNode?)CtGovNames.ToCtGov(a)).ToArray()),
            ["studyPopulation"] = TextBlock(eligibility?.Element("study_pop")),
            ["samplingMethod"] = Text(eligibility?.Element("sampling_method")),
        });
    }

    private static JsonObject ContactsAndLocations(XElement study)
    {
        var central = study.Elements("overall_contact").Concat(study.Elements("overall_contact_backup"))
            .Select(c => (JsonNode)Contact(c, "CONTACT"));
        var officials = study.Elements("overall_official").Select(o => (JsonNode)Compact(new JsonObject
        {
            ["name"] = PersonName(o),
            ["affiliation"] = Text(o.Element("affiliation")),
            ["role"] = Value<ContactRole>(Text(o.Element("role"))),
        }));
        var locations = study.Elements("location").Select(l =>
        {
            var facility = l.Element("facility");
            var address = facility?.Element("address");
            return (JsonNode)Compact(new JsonObject
            {
                ["facility"] = Text(facility?.Element("name")),
                ["status"] = Value<RecruitmentStatus>(Text(l.Element("status"))),
                ["city"] = Text(address?.Element("city")),
                ["state"] = Text(address?.Element("state")),
                ["zip"] = Text(address?.Element("zip")),
                ["country"] = Text(address?.Element("country")),
                ["contacts"] = new JsonArray(l.Elements("contact").Concat(l.Elements("contact_backup"))
                    .Select(c => (JsonNode)Contact(c, "CONTACT"))
                    .Concat(l.Elements("investigator").Select(i => (JsonNode)Compact(new JsonObject
                    {
                        ["name"] = PersonName(i),
                        ["role"] = Value<ContactRole>(Text(i.Element("role"))),
                    })))
                    .ToArray()),
            });
        });

        return Compact(new JsonObject
        {
            ["centralContacts"] = new JsonArray(central.ToArray()),
            ["overallOfficials"] = new JsonArray(officials.ToArray()),
            ["locations"] = new JsonArray(locations.ToArray()),
        });
    }

    private static JsonObject Contact(XElement contact, string role)
        => Compact(new JsonObject
        {
            ["name"] = PersonName(contact),
            ["role"] = role,
            ["phone"] = Text(contact.Element("phone")),
            ["phoneExt"] = Text(contact.Element("phone_ext")),
            ["email"] = Text(contact.Element("email")),
        });

    /// <summary>Legacy records mostly put the whole name (with degrees) in last_name; a split name is joined.</summary>
    private static string? PersonName(XElement person)
    {
        var parts = new[] { "first_name", "middle_name", "last_name" }.Select(n => Text(person.Element(n))).OfType<string>().ToList();
        var name = parts.Count == 0 ? null : string.Join(' ', parts);
        return Text(person.Element("degrees")) is { } degrees && name is not null ? $"{name}, {degrees}" : name;
    }

    private static JsonArray Phases(string? label)
    {
        if (label is null)
        {
            return [];
        }

        return new JsonArray(label.Split('/', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) switch
        {
            ["N", "A"] => [CtGovNames.ToCtGov(Phase.NA)],
            var parts => parts.Select(p => (JsonNode?)(ClassicCsvValues.ParsePhase(p) is { } phase ? CtGovNames.ToCtGov(phase) : p)).ToArray(),
        });
    }

    private static string? StatusValue(string? label)
        => label is null ? null : ClassicCsvValues.ParseStatus(label) is { } status ? CtGovNames.ToCtGov(status) : label;

    private static string? PrimaryPurposeValue(string? label)
        => label is not null && label.Replace(" ", string.Empty, StringComparison.Ordinal).Equals("Educational/Counseling/Training", StringComparison.OrdinalIgnoreCase)
            ? CtGovNames.ToCtGov(PrimaryPurpose.Ect)
            : Value<PrimaryPurpose>(label);

    /// <summary>Legacy "Actual" stays ACTUAL; "Anticipated", "Estimate" and "Estimated" are v2's ESTIMATED.</summary>
    private static string? DateTypeValue(string? type)
        => type?.Trim() switch
        {
            null or "" => null,
            var t when t.Equals("Actual", StringComparison.OrdinalIgnoreCase) => CtGovNames.ToCtGov(DateType.Actual),
            var t when t.StartsWith("Anticipated", StringComparison.OrdinalIgnoreCase) || t.StartsWith("Estimate", StringComparison.OrdinalIgnoreCase)
                => CtGovNames.ToCtGov(DateType.Estimated),
            var t => t,
        };

    /// <summary>The v2 value of a display label, or the label itself when unknown (the mapper then warns).</summary>
    private static string? Value<TEnum>(string? label)
        where TEnum : struct, Enum
        => label is null ? null
            : label.Trim().Equals("N/A", StringComparison.OrdinalIgnoreCase) && Enum.TryParse<TEnum>("NA", out var na) ? CtGovNames.ToCtGov(na)
            : ClassicCsvValues.TryParseLabel<TEnum>(label, out var value) ? CtGovNames.ToCtGov(value)
            : label;

    private static JsonObject? DateStruct(XElement? element)
        => DateText(element) is { } date
            ? Compact(new JsonObject { ["date"] = date, ["type"] = DateTypeValue(element!.Attribute("type")?.Value) })
            : null;

    /// <summary>"March 12, 2015" → "2015-03-12", "March 2015" → "2015-03"; text that is no date passes through (the mapper warns).</summary>
    private static string? DateText(XElement? element)
        => Text(element) is { } text ? ClassicCsvValues.ParseDate(text)?.ToString() ?? text : null;

    /// <summary>"N/A" means no limit; v2 leaves the age out.</summary>
    private static string? Age(string? text)
        => text is null || text.Equals("N/A", StringComparison.OrdinalIgnoreCase) ? null : text;

    private static string? TextBlock(XElement? element) => MultiLine(element?.Element("textblock")?.Value ?? element?.Value);

    /// <summary>
    /// Legacy text blocks are indented for the XML and end lines with CR LF; the text is kept with its
    /// line breaks (LF) and without the common indentation, so lists and paragraphs survive.
    /// </summary>
    internal static string? MultiLine(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n').Select(l => l.TrimEnd()).ToList();
        var indent = lines.Where(l => l.Length > 0).Min(l => l.Length - l.TrimStart().Length);
        var dedented = lines.Select(l => l.Length >= indent ? l[indent..] : l);
        return string.Join('\n', dedented).Trim('\n');
    }

    private static string? Text(XElement? element)
        => element is null || string.IsNullOrWhiteSpace(element.Value) ? null : element.Value.Trim();

    private static JsonArray Strings(IEnumerable<XElement> elements) => Strings(elements.Select(Text).OfType<string>());

    private static JsonArray Strings(IEnumerable<string> values) => new(values.Select(v => (JsonNode?)v).ToArray());

    /// <summary>Leaves out nulls and empty arrays/objects, as the v2 API does.</summary>
    private static JsonObject Compact(JsonObject value)
    {
        foreach (var name in value.Where(p => p.Value is null or JsonArray { Count: 0 } or JsonObject { Count: 0 }).Select(p => p.Key).ToList())
        {
            value.Remove(name);
        }

        return value;
    }
}
