using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using TrialRegistry.Data;
using TrialRegistry.Trials;

namespace TrialRegistry.Web.Tests.Trials.History;

/// <summary>
/// Writes three versions of an existing trial straight through the DbContext (as SaveTrial would):
/// as imported, then enrollment and summary edited, then a placebo arm added and a condition swapped.
/// </summary>
internal static class HistoryVersions
{
    public const string OldSummary = "Systemic lupus erythematosus is an autoimmune disease. Patients receive one infusion of umbilical cord mesenchymal stem cells and are followed monthly for one year. The primary outcome is the toxicity of the injection; secondary outcomes include disease activity and quality of life.";

    public const string NewSummary = "Systemic lupus erythematosus is an autoimmune disease. Patients receive two infusions of umbilical cord mesenchymal stem cells and are followed monthly for one year. The primary outcome is the toxicity of the injection; secondary outcomes include disease activity and quality of life.";

    public static readonly DateTimeOffset Start = new(2026, 3, 2, 9, 30, 0, TimeSpan.Zero);

    public static async Task AddAsync(RegistryDbContext db, string registryId)
    {
        var trial = await db.Trials.SingleAsync(t => t.RegistryId == registryId);
        var cells = new { Label = "MSC", Type = "Experimental", Description = "Mesenchymal stem cells", InterventionNames = new[] { "Biological: MSC" } };
        var placebo = new { Label = "Placebo infusion", Type = "PlaceboComparator", Description = "Saline" };
        object[] snapshots =
        [
            Snapshot(registryId, 10, OldSummary, [cells], ["Lupus Erythematosus, Systemic"]),
            Snapshot(registryId, 24, NewSummary, [cells], ["Lupus Erythematosus, Systemic"]),
            Snapshot(registryId, 24, NewSummary, [cells, placebo], ["Lupus Nephritis"]),
        ];
        (string Who, ChangeSource Source, string? Note)[] stamps =
        [
            ("import", ChangeSource.Import, null),
            ("investigator@aphp.example.org", ChangeSource.Edit, "Enrollment raised after the amendment"),
            ("admin@example.org", ChangeSource.Edit, "Placebo arm"),
        ];
        for (var i = 0; i < snapshots.Length; i++)
        {
            db.TrialVersions.Add(new TrialVersion
            {
                TrialId = trial.Id,
                Number = i + 1,
                CreatedAt = Start.AddHours(i),
                ChangedBy = stamps[i].Who,
                Source = stamps[i].Source,
                ChangeNote = stamps[i].Note,
                Snapshot = JsonSerializer.SerializeToDocument(snapshots[i]),
            });
        }

        await db.SaveChangesAsync();
    }

    private static object Snapshot(string registryId, int enrollment, string summary, object[] arms, string[] conditions) => new
    {
        RegistryId = registryId,
        BriefTitle = "Mesenchymal stem cells for lupus",
        OverallStatus = "Recruiting",
        EnrollmentCount = enrollment,
        StartDate = new { Text = "2019-09-11", Type = "Actual" },
        BriefSummary = summary,
        Conditions = conditions,
        Arms = arms,
    };
}
