using System.Text.Json;
using System.Text.Json.Nodes;

namespace TrialRegistry.Trials.Editing;

/// <summary>Top-level comparison of two drafts: for the audit summary and for re-applying an edit after a conflict.</summary>
public static class TrialDraftChanges
{
    /// <summary>The top-level fields (modules) whose values differ, in the draft's order.</summary>
    public static IReadOnlyList<string> ChangedFields(TrialDraft before, TrialDraft after)
    {
        var left = Fields(before);
        var right = Fields(after);
        return right.Select(f => f.Key)
            .Where(name => !JsonNode.DeepEquals(left[name], right[name]))
            .ToList();
    }

    /// <summary>
    /// Their version with my changes on top: every top-level field I changed since
    /// <paramref name="started"/> takes my value; the rest keeps theirs. The result carries their
    /// concurrency token, so saving it again only conflicts if someone saves in between.
    /// </summary>
    public static TrialDraft Reapply(TrialDraft started, TrialDraft mine, TrialDraft theirs)
    {
        ArgumentNullException.ThrowIfNull(theirs);
        var merged = Fields(theirs);
        var myFields = Fields(mine);
        foreach (var name in ChangedFields(started, mine))
        {
            merged[name] = myFields[name]?.DeepClone();
        }

        var draft = merged.Deserialize<TrialDraft>(TrialDraft.JsonOptions)!;
        draft.Version = theirs.Version;
        draft.RegistryId = theirs.RegistryId;
        return draft;
    }

    private static JsonObject Fields(TrialDraft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        return JsonSerializer.SerializeToNode(draft, TrialDraft.JsonOptions)!.AsObject();
    }
}
