using System.Globalization;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text.Json;
using TrialRegistry.Organizations;
using TrialRegistry.Trials;

namespace TrialRegistry.Import.CtGov;

/// <summary>
/// Maps one ClinicalTrials.gov API v2 study (the object with protocolSection, derivedSection,
/// hasResults; see reference/ctg-oas-v2.yaml) to a <see cref="Trial"/> with every field the model
/// holds. Organizations, conditions and products go through the <see cref="EntityResolver"/>, so a
/// run shares one row per organization. Values the model does not know become warnings, never errors;
/// the whole study is kept as the trial's source record.
/// </summary>
public sealed class CtGovStudyMapper(EntityResolver resolver)
{
    public const string SourceName = "ctgov-v2-json";

    public MappedTrial Map(JsonElement study) => Map(study, DateTimeOffset.UtcNow);

    /// <exception cref="RecordMappingException">The study has no NCT id, no title or no sponsor.</exception>
    public MappedTrial Map(JsonElement study, DateTimeOffset importedAt)
    {
        if (study.ValueKind != JsonValueKind.Object)
        {
            throw new RecordMappingException($"A study must be a JSON object, not {study.ValueKind}.");
        }

        var warnings = new MappingWarnings();
        var protocol = study.Member("protocolSection");
        var trial = MapIdentification(protocol.Member("identificationModule"), warnings, importedAt);

        var mapping = new StudyMapping(resolver, warnings, trial);
        mapping.MapStatus(protocol.Member("statusModule"));
        mapping.MapSponsors(protocol.Member("sponsorCollaboratorsModule"), protocol.Member("identificationModule"));
        mapping.MapDescription(protocol.Member("descriptionModule"));
        mapping.MapConditions(protocol.Member("conditionsModule"), study.Member("derivedSection").Member("conditionBrowseModule"));
        mapping.MapDesign(protocol.Member("designModule"));
        mapping.MapArmsAndInterventions(protocol.Member("armsInterventionsModule"));
        mapping.MapOutcomes(protocol.Member("outcomesModule"));
        mapping.MapEligibility(protocol.Member("eligibilityModule"));
        mapping.MapContactsAndLocations(protocol.Member("contactsLocationsModule"));
        trial.HasResults = study.Bool("hasResults") ?? study.Has("resultsSection");
        mapping.LinkProducts();
        trial.RefreshDerivedFields();

        var raw = JsonMarshal.GetRawUtf8Value(study);
        trial.SourceRecord = JsonDocument.Parse(raw.ToArray());
        trial.SourceHash = HashOf(study);
        return new MappedTrial(trial, warnings.Items);
    }

    /// <summary>The content hash of a study: SHA-256 of its bytes as read, in lower-case hex.</summary>
    public static string HashOf(JsonElement study) => Convert.ToHexStringLower(SHA256.HashData(JsonMarshal.GetRawUtf8Value(study)));

    private static Trial MapIdentification(JsonElement identification, MappingWarnings warnings, DateTimeOffset importedAt)
    {
        var nctId = identification.String("nctId")
            ?? throw new RecordMappingException("The study has no protocolSection.identificationModule.nctId.");
        if (!NctId.IsValid(nctId))
        {
            warnings.Add("identificationModule.nctId", $"'{nctId}' is not of the form NCT + 8 digits");
        }

        var briefTitle = identification.String("briefTitle");
        var officialTitle = identification.String("officialTitle");
        if (briefTitle is null)
        {
            briefTitle = officialTitle ?? throw new RecordMappingException($"{nctId} has neither a brief nor an official title.");
            warnings.Add("identificationModule.briefTitle", "missing; the official title stands in");
        }

        var trial = new Trial
        {
            RegistryId = nctId,
            OrgStudyId = identification.Member("orgStudyIdInfo").String("id"),
            BriefTitle = briefTitle,
            OfficialTitle = officialTitle,
            Acronym = identification.String("acronym"),
            Source = SourceName,
            CreatedAt = importedAt,
            UpdatedAt = importedAt,
        };

        foreach (var (info, index) in identification.Array("secondaryIdInfos").Select((e, i) => (e, i)))
        {
            if (info.String("id") is not { } value)
            {
                warnings.Add($"identificationModule.secondaryIdInfos[{index}]", "no id; left out");
                continue;
            }

            var declared = warnings.Enum<SecondaryIdType>(info.String("type"), $"identificationModule.secondaryIdInfos[{index}].type");
            trial.SecondaryIds.Add(new TrialSecondaryId
            {
                Value = value,
                Type = SecondaryIdClassifier.Classify(value, declared),
                Domain = info.String("domain"),
                Link = info.String("link"),
            });
        }

        return trial;
    }

    /// <summary>The per-study state of a mapping: its trial, its warnings and the resolver.</summary>
    private sealed class StudyMapping(EntityResolver resolver, MappingWarnings warnings, Trial trial)
    {
        public void MapStatus(JsonElement status)
        {
            var overall = warnings.Enum<OverallStatus>(status.String("overallStatus"), "statusModule.overallStatus");
            if (overall is null)
            {
                // The model needs a status; UNKNOWN is CT.gov's own word for "no current status".
                warnings.Add("statusModule.overallStatus", "missing or unknown; UNKNOWN stands in");
            }

            trial.OverallStatus = overall ?? OverallStatus.Unknown;
            trial.LastKnownStatus = warnings.Enum<OverallStatus>(status.String("lastKnownStatus"), "statusModule.lastKnownStatus");
            trial.WhyStopped = status.String("whyStopped");
            trial.StatusVerifiedDate = PartialDate(status.String("statusVerifiedDate"), null, "statusModule.statusVerifiedDate");
            trial.StartDate = DateStruct(status, "startDateStruct");
            trial.PrimaryCompletionDate = DateStruct(status, "primaryCompletionDateStruct");
            trial.CompletionDate = DateStruct(status, "completionDateStruct");
            trial.StudyFirstPostDate = DateStruct(status, "studyFirstPostDateStruct");
            trial.ResultsFirstPostDate = DateStruct(status, "resultsFirstPostDateStruct");
            trial.LastUpdatePostDate = DateStruct(status, "lastUpdatePostDateStruct");
            trial.StudyFirstSubmitDate = FullDate(status.String("studyFirstSubmitDate"), "statusModule.studyFirstSubmitDate");
            trial.LastUpdateSubmitDate = FullDate(status.String("lastUpdateSubmitDate"), "statusModule.lastUpdateSubmitDate");
        }

        public void MapSponsors(JsonElement sponsors, JsonElement identification)
        {
            var lead = sponsors.Member("leadSponsor");
            var leadName = lead.String("name");
            var leadClass = lead.String("class");
            if (leadName is null)
            {
                // Some records (and AACT's trimmed test records) carry only the submitting organization.
                var organization = identification.Member("organization");
                leadName = organization.String("fullName")
                    ?? throw new RecordMappingException($"{trial.RegistryId} names no lead sponsor and no organization.");
                leadClass = organization.String("class");
                warnings.Add("sponsorCollaboratorsModule.leadSponsor", "missing; identificationModule.organization stands in");
            }

            var leadSponsorClass = warnings.Enum<OrganizationClass>(leadClass, "sponsorCollaboratorsModule.leadSponsor.class") ?? OrganizationClass.Unknown;
            trial.LeadSponsor = resolver.ResolveOrganization(leadName, leadSponsorClass);
            trial.IsInvestigatorInitiated = InvestigatorInitiatedRule.IsInvestigatorInitiated(leadSponsorClass);

            foreach (var (collaborator, index) in sponsors.Array("collaborators").Select((e, i) => (e, i)))
            {
                var field = $"sponsorCollaboratorsModule.collaborators[{index}]";
                if (collaborator.String("name") is not { } name || !HasLettersOrDigits(name))
                {
                    warnings.Add(field, "no name; left out");
                    continue;
                }

                var organization = resolver.ResolveOrganization(
                    name, warnings.Enum<OrganizationClass>(collaborator.String("class"), field + ".class") ?? OrganizationClass.Unknown);
                if (organization == trial.LeadSponsor || trial.Collaborators.Any(c => c.Organization == organization))
                {
                    warnings.Add(field, $"'{name}' is already the lead sponsor or a collaborator; left out");
                    continue;
                }

                trial.Collaborators.Add(new TrialCollaborator { Organization = organization, Ordinal = trial.Collaborators.Count });
            }

            var responsible = sponsors.Member("responsibleParty");
            trial.ResponsiblePartyType = warnings.Enum<ResponsiblePartyType>(responsible.String("type"), "sponsorCollaboratorsModule.responsibleParty.type");
            trial.ResponsibleInvestigator = responsible.String("investigatorFullName");
        }

        public void MapDescription(JsonElement description)
        {
            trial.BriefSummary = description.String("briefSummary");
            trial.DetailedDescription = description.String("detailedDescription");
        }

        public void MapConditions(JsonElement conditionsModule, JsonElement browse)
        {
            var names = conditionsModule.Strings("conditions").Where(HasLettersOrDigits).ToList();
            var meshes = browse.Array("meshes")
                .Where(m => m.String("term") is not null)
                .Select(m => new MeshTerm(m.String("id") ?? string.Empty, m.String("term")!))
                .ToList();
            var foundAs = browse.Array("browseLeaves")
                .Where(l => l.String("name") is not null && l.String("asFound") is not null)
                .Select(l => (l.String("name")!, l.String("asFound")!))
                .ToList();
            var terms = MeshMatcher.Match(names, meshes, foundAs);

            for (var i = 0; i < names.Count; i++)
            {
                var condition = resolver.ResolveCondition(names[i], terms[i]?.Term, terms[i]?.Id is { Length: > 0 } id ? id : null);
                if (trial.Conditions.Any(c => c.Condition == condition))
                {
                    continue;
                }

                trial.Conditions.Add(new TrialCondition { Condition = condition, Ordinal = trial.Conditions.Count });
            }

            trial.Keywords = conditionsModule.Strings("keywords");
        }

        public void MapDesign(JsonElement design)
        {
            var studyType = warnings.Enum<StudyType>(design.String("studyType"), "designModule.studyType");
            if (studyType is null)
            {
                warnings.Add("designModule.studyType", "missing or unknown; INTERVENTIONAL stands in");
            }

            trial.StudyType = studyType ?? StudyType.Interventional;
            trial.Phases = design.Strings("phases")
                .Select((p, i) => warnings.Enum<Phase>(p, $"designModule.phases[{i}]"))
                .OfType<Phase>()
                .Distinct()
                .ToList();

            var info = design.Member("designInfo");
            var masking = info.Member("maskingInfo");
            trial.Design = new TrialDesign
            {
                PrimaryPurpose = warnings.Enum<PrimaryPurpose>(info.String("primaryPurpose"), "designModule.designInfo.primaryPurpose"),
                Allocation = warnings.Enum<DesignAllocation>(info.String("allocation"), "designModule.designInfo.allocation"),
                InterventionModel = warnings.Enum<InterventionalAssignment>(info.String("interventionModel"), "designModule.designInfo.interventionModel"),
                InterventionModelDescription = info.String("interventionModelDescription"),
                Masking = warnings.Enum<DesignMasking>(masking.String("masking"), "designModule.designInfo.maskingInfo.masking"),
                MaskingDescription = masking.String("maskingDescription"),
                WhoMasked = masking.Strings("whoMasked")
                    .Select((w, i) => warnings.Enum<WhoMasked>(w, $"designModule.designInfo.maskingInfo.whoMasked[{i}]"))
                    .OfType<WhoMasked>()
                    .Distinct()
                    .ToList(),
                ObservationalModel = warnings.Enum<ObservationalModel>(info.String("observationalModel"), "designModule.designInfo.observationalModel"),
                TimePerspective = warnings.Enum<TimePerspective>(info.String("timePerspective"), "designModule.designInfo.timePerspective"),
            };

            var enrollment = design.Member("enrollmentInfo");
            trial.EnrollmentCount = enrollment.Int("count");
            trial.EnrollmentType = warnings.Enum<EnrollmentType>(enrollment.String("type"), "designModule.enrollmentInfo.type");
        }

        public void MapArmsAndInterventions(JsonElement module)
        {
            foreach (var (arm, index) in module.Array("armGroups").Select((e, i) => (e, i)))
            {
                var field = $"armsInterventionsModule.armGroups[{index}]";
                if (arm.String("label") is not { } label)
                {
                    warnings.Add(field, "no label; left out");
                    continue;
                }

                trial.Arms.Add(new Arm
                {
                    Ordinal = trial.Arms.Count,
                    Label = label,
                    Type = warnings.Enum<ArmGroupType>(arm.String("type"), field + ".type"),
                    Description = arm.String("description"),
                    InterventionNames = arm.Strings("interventionNames"),
                });
            }

            foreach (var (intervention, index) in module.Array("interventions").Select((e, i) => (e, i)))
            {
                var field = $"armsInterventionsModule.interventions[{index}]";
                if (intervention.String("name") is not { } name)
                {
                    warnings.Add(field, "no name; left out");
                    continue;
                }

                var type = warnings.Enum<InterventionType>(intervention.String("type"), field + ".type");
                if (type is null)
                {
                    warnings.Add(field + ".type", "missing or unknown; OTHER stands in");
                }

                trial.Interventions.Add(new Intervention
                {
                    Ordinal = trial.Interventions.Count,
                    Type = type ?? InterventionType.Other,
                    Name = name,
                    Description = intervention.String("description"),
                    OtherNames = intervention.Strings("otherNames"),
                    ArmGroupLabels = intervention.Strings("armGroupLabels"),
                });
            }
        }

        public void MapOutcomes(JsonElement module)
        {
            AddOutcomes(module, "primaryOutcomes", OutcomeKind.Primary);
            AddOutcomes(module, "secondaryOutcomes", OutcomeKind.Secondary);
            AddOutcomes(module, "otherOutcomes", OutcomeKind.Other);
        }

        public void MapEligibility(JsonElement eligibility)
            => trial.Eligibility = new TrialEligibility
            {
                Criteria = eligibility.String("eligibilityCriteria"),
                Sex = warnings.Enum<Sex>(eligibility.String("sex"), "eligibilityModule.sex"),
                MinimumAge = eligibility.String("minimumAge"),
                MaximumAge = eligibility.String("maximumAge"),
                HealthyVolunteers = eligibility.Bool("healthyVolunteers"),
                StandardAges = eligibility.Strings("stdAges")
                    .Select((a, i) => warnings.Enum<StandardAge>(a, $"eligibilityModule.stdAges[{i}]"))
                    .OfType<StandardAge>()
                    .Distinct()
                    .ToList(),
                StudyPopulation = eligibility.String("studyPopulation"),
            };

        public void MapContactsAndLocations(JsonElement module)
        {
            AddContacts(module, "centralContacts", TrialContactKind.Central);
            AddContacts(module, "overallOfficials", TrialContactKind.OverallOfficial);

            foreach (var (location, index) in module.Array("locations").Select((e, i) => (e, i)))
            {
                var geo = location.Member("geoPoint");
                trial.Locations.Add(new Location
                {
                    Ordinal = trial.Locations.Count,
                    Facility = location.String("facility"),
                    City = location.String("city"),
                    State = location.String("state"),
                    Zip = location.String("zip"),
                    Country = location.String("country"),
                    Status = warnings.Enum<RecruitmentStatus>(location.String("status"), $"contactsLocationsModule.locations[{index}].status"),
                    Latitude = geo.Double("lat"),
                    Longitude = geo.Double("lon"),
                });
            }
        }

        public void LinkProducts()
        {
            var organizations = trial.Collaborators.Select(c => c.Organization).Prepend(trial.LeadSponsor).ToList();
            foreach (var intervention in trial.Interventions)
            {
                resolver.LinkProduct(intervention, organizations);
            }
        }

        private void AddOutcomes(JsonElement module, string list, OutcomeKind kind)
        {
            foreach (var (outcome, index) in module.Array(list).Select((e, i) => (e, i)))
            {
                if (outcome.String("measure") is not { } measure)
                {
                    warnings.Add($"outcomesModule.{list}[{index}]", "no measure; left out");
                    continue;
                }

                trial.Outcomes.Add(new Outcome
                {
                    Kind = kind,
                    Ordinal = index,
                    Measure = measure,
                    TimeFrame = outcome.String("timeFrame"),
                    Description = outcome.String("description"),
                });
            }
        }

        private void AddContacts(JsonElement module, string list, TrialContactKind kind)
        {
            foreach (var (contact, index) in module.Array(list).Select((e, i) => (e, i)))
            {
                var field = $"contactsLocationsModule.{list}[{index}]";
                if (contact.String("name") is not { } name)
                {
                    warnings.Add(field, "no name; left out");
                    continue;
                }

                var phone = contact.String("phone");
                var extension = contact.String("phoneExt");
                trial.Contacts.Add(new TrialContact
                {
                    Kind = kind,
                    Ordinal = trial.Contacts.Count(c => c.Kind == kind),
                    Name = name,
                    Role = warnings.Enum<ContactRole>(contact.String("role"), field + ".role"),
                    Affiliation = contact.String("affiliation"),

                    // The model has one phone field; CT.gov's separate extension is kept beside it.
                    Phone = extension is null ? phone : $"{phone} ext. {extension}".Trim(),
                    Email = contact.String("email"),
                });
            }
        }

        private RegistryDate? DateStruct(JsonElement status, string name)
        {
            var date = status.Member(name);
            var type = warnings.Enum<DateType>(date.String("type"), $"statusModule.{name}.type");
            return PartialDate(date.String("date"), type, $"statusModule.{name}.date");
        }

        private RegistryDate? PartialDate(string? text, DateType? type, string field)
        {
            if (text is null)
            {
                return null;
            }

            if (RegistryDate.TryParse(text, type, out var date))
            {
                return date;
            }

            warnings.Add(field, $"'{text}' is not a date (yyyy, yyyy-MM or yyyy-MM-dd); left out");
            return null;
        }

        private DateOnly? FullDate(string? text, string field)
        {
            if (text is null)
            {
                return null;
            }

            if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return date;
            }

            warnings.Add(field, $"'{text}' is not a yyyy-MM-dd date; left out");
            return null;
        }

        private static bool HasLettersOrDigits(string text) => text.Any(char.IsLetterOrDigit);
    }
}
