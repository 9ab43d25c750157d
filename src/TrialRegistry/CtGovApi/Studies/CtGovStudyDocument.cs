using System.Text.Json;
using System.Text.Json.Nodes;
using TrialRegistry.Import.CtGov;
using TrialRegistry.Trials;

namespace TrialRegistry.CtGovApi.Studies;

/// <summary>
/// Writes a <see cref="Trial"/> as a ClinicalTrials.gov API v2 study (reference/ctg-oas-v2.yaml,
/// schema Study): the inverse of the importer's <see cref="CtGovStudyMapper"/>. Every field the model
/// holds comes from the model; when the trial was imported from CT.gov v2 JSON, what the model does
/// not hold (results, derived section, oversight, a location's contacts...) is carried over from the
/// stored source record, so a CT.gov client loses nothing (docs/decisions/0022-ctgov-study-document.md).
/// The trial must be loaded with its whole record (TrialEditQueries.WithRecord).
/// </summary>
public static class CtGovStudyDocument
{
    public static JsonObject ToJson(Trial trial)
    {
        ArgumentNullException.ThrowIfNull(trial);
        var study = CarriedOver(trial);
        var protocol = study.Object("protocolSection");

        // The source's lists as they were, for the model's items to claim their unmodelled members from.
        var source = (JsonObject)protocol.DeepClone();

        CtGovStudyModules.WriteIdentification(protocol.Object("identificationModule"), trial, source);
        CtGovStudyModules.WriteStatus(protocol.Object("statusModule"), trial);
        CtGovStudyModules.WriteSponsors(protocol.Object("sponsorCollaboratorsModule"), trial);
        CtGovStudyModules.WriteDescription(protocol.Object("descriptionModule"), trial);
        CtGovStudyModules.WriteConditions(protocol.Object("conditionsModule"), trial);
        CtGovStudyModules.WriteDesign(protocol.Object("designModule"), trial);
        CtGovStudyModules.WriteArmsAndInterventions(protocol.Object("armsInterventionsModule"), trial, source);
        CtGovStudyModules.WriteOutcomes(protocol.Object("outcomesModule"), trial);
        CtGovStudyModules.WriteEligibility(protocol.Object("eligibilityModule"), trial);
        CtGovStudyModules.WriteContactsAndLocations(protocol.Object("contactsLocationsModule"), trial, source);
        foreach (var module in protocol.Select(m => m.Key).ToList())
        {
            protocol.RemoveIfEmpty(module);
        }

        WriteConditionMeshes(study, trial);
        study["hasResults"] = trial.HasResults;
        return study;
    }

    /// <summary>
    /// A record without an imported derived section still gets the MeSH terms the registry matched to
    /// its conditions, where CT.gov clients look for them (derivedSection.conditionBrowseModule.meshes).
    /// An imported derived section is served as it came.
    /// </summary>
    private static void WriteConditionMeshes(JsonObject study, Trial trial)
    {
        if (study["derivedSection"] is JsonObject { } derived && derived["conditionBrowseModule"] is not null)
        {
            return;
        }

        var meshes = trial.Conditions.OrderBy(c => c.Ordinal)
            .Select(c => c.Condition)
            .Where(c => c?.MeshTerm is not null)
            .Select(c => (Id: c.MeshId, Term: c.MeshTerm!))
            .Distinct()
            .Select(m =>
            {
                var mesh = new JsonObject();
                mesh.Set("id", m.Id);
                mesh.Set("term", m.Term);
                return mesh;
            })
            .ToList();
        if (meshes.Count > 0)
        {
            study.Object("derivedSection").Object("conditionBrowseModule").Set("meshes", meshes);
        }
    }

    /// <summary>
    /// A copy of the trial's source record when it is a CT.gov v2 study (the parts we do not model
    /// are taken from it), otherwise an empty study.
    /// </summary>
    private static JsonObject CarriedOver(Trial trial)
    {
        if (trial.Source != CtGovStudyMapper.SourceName
            || trial.SourceRecord?.RootElement is not { ValueKind: JsonValueKind.Object } record
            || !record.TryGetProperty("protocolSection", out var protocol)
            || protocol.ValueKind != JsonValueKind.Object)
        {
            return [];
        }

        return JsonNode.Parse(record.GetRawText()) as JsonObject ?? [];
    }
}
