using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using TrialRegistry.Organizations;
using TrialRegistry.Trials;

namespace TrialRegistry.Import.CtGov;

/// <summary>
/// What the classic and the current CSV downloads share, whatever their columns are called: the
/// NCT number check, the "Other IDs" list, and the end of a row's mapping (products linked, derived
/// fields, the row kept as the source record with its hash).
/// </summary>
internal static class CtGovCsvRowMapping
{
    /// <exception cref="RecordMappingException">The row has no NCT number.</exception>
    public static string NctNumber(ClassicCsvRow row, string column, MappingWarnings warnings)
    {
        var nctId = row.Get(column) ?? throw new RecordMappingException($"Row {row.RowNumber} has no NCT Number.");
        if (!NctId.IsValid(nctId))
        {
            warnings.Add(column, $"'{nctId}' is not of the form NCT + 8 digits");
        }

        return nctId;
    }

    /// <summary>
    /// Other IDs is the org study id followed by the secondary ids. The first is also kept as a
    /// secondary id when it is a registry number (a EudraCT number used as the protocol id), so that
    /// searching that number finds the trial.
    /// </summary>
    public static void MapOtherIds(ClassicCsvRow row, string column, Trial trial)
    {
        var ids = row.GetList(column);
        trial.OrgStudyId = ids.FirstOrDefault();
        foreach (var (id, index) in ids.Select((id, i) => (id, i)))
        {
            if ((index == 0 && SecondaryIdClassifier.RecognizeRegistry(id) is null) || trial.SecondaryIds.Any(s => s.Value == id))
            {
                continue;
            }

            trial.SecondaryIds.Add(new TrialSecondaryId { Value = id, Type = SecondaryIdClassifier.Classify(id) });
        }
    }

    /// <summary>Links interventions to known products, derives the search fields and keeps the row, as a JSON object of its columns, as the source record.</summary>
    public static MappedTrial Finish(ClassicCsvRow row, Trial trial, EntityResolver resolver, MappingWarnings warnings)
    {
        var organizations = trial.Collaborators.Select(c => c.Organization).Prepend(trial.LeadSponsor).ToList();
        foreach (var intervention in trial.Interventions)
        {
            resolver.LinkProduct(intervention, organizations);
        }

        trial.RefreshDerivedFields();
        var record = new JsonObject();
        foreach (var (name, value) in row.Columns)
        {
            record[name] = value;
        }

        trial.SourceRecord = JsonDocument.Parse(record.ToJsonString());
        trial.SourceHash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(row.RawRecord)));
        return new MappedTrial(trial, warnings.Items);
    }
}
