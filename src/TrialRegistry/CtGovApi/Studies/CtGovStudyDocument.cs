using System.Text.Json.Nodes;
using TrialRegistry.Common;
using TrialRegistry.Trials;

namespace TrialRegistry.CtGovApi.Studies;

/// <summary>
/// Writes a <see cref="Trial"/> as a ClinicalTrials.gov API v2 study (reference/ctg-oas-v2.yaml,
/// schema Study): the inverse of the importer's CtGovStudyMapper. The trial must be loaded with its
/// whole record (TrialEditQueries.WithRecord).
/// </summary>
public static class CtGovStudyDocument
{
    public static JsonObject ToJson(Trial trial)
    {
        ArgumentNullException.ThrowIfNull(trial);
        var protocol = new JsonObject
        {
            ["identificationModule"] = new JsonObject
            {
                ["nctId"] = trial.RegistryId,
                ["briefTitle"] = trial.BriefTitle,
            },
            ["statusModule"] = new JsonObject
            {
                ["overallStatus"] = CtGovNames.ToCtGov(trial.OverallStatus),
            },
        };
        return new JsonObject
        {
            ["protocolSection"] = protocol,
            ["hasResults"] = trial.HasResults,
        };
    }
}
