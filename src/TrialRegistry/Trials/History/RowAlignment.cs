using System.Text.Json;
using DiffPlex;
using DiffPlex.Chunkers;

namespace TrialRegistry.Trials.History;

/// <summary>
/// Compares two lists of rows (arms, outcomes, locations...). Rows are first aligned on their
/// fingerprints (canonical JSON) with DiffPlex's Myers differ, so identical rows match wherever
/// they moved to and an insertion in the middle leaves the rows after it matched. Within each
/// stretch the differ reports as replaced, old and new rows are then paired, in order, where they
/// share the most field values (a row edited in place); unpaired rows are added or removed.
/// See docs/decisions/0012-history-and-diff.md.
/// </summary>
internal static class RowAlignment
{
    /// <summary>Above this many candidate pairs in one replaced stretch, rows pair by position instead.</summary>
    private const int MaxPairingCells = 250_000;

    public static void CompareRows(IReadOnlyList<JsonElement> before, IReadOnlyList<JsonElement> after, string path, string label, string property, List<FieldChange> changes)
    {
        if (before.Count == 0 || after.Count == 0)
        {
            Replaced(before, after, 0, before.Count, 0, after.Count, path, label, property, changes);
            return;
        }

        // Canonical JSON escapes line breaks, so one fingerprint per line is a faithful token list.
        var result = Differ.Instance.CreateDiffs(
            string.Join('\n', before.Select(TrialDiff.Canonical)),
            string.Join('\n', after.Select(TrialDiff.Canonical)),
            ignoreWhiteSpace: false,
            ignoreCase: false,
            LineChunker.Instance);

        foreach (var block in result.DiffBlocks)
        {
            Replaced(before, after, block.DeleteStartA, block.DeleteCountA, block.InsertStartB, block.InsertCountB, path, label, property, changes);
        }
    }

    private static void Replaced(
        IReadOnlyList<JsonElement> before, IReadOnlyList<JsonElement> after, int beforeStart, int beforeCount, int afterStart, int afterCount,
        string path, string label, string property, List<FieldChange> changes)
    {
        var listPath = path.Length == 0 ? property : path;
        var nextBefore = beforeStart;
        var nextAfter = afterStart;
        var pairs = Pair(before, after, beforeStart, beforeCount, afterStart, afterCount);
        foreach (var (b, a) in pairs.Append((beforeStart + beforeCount, afterStart + afterCount)))
        {
            for (; nextBefore < b; nextBefore++)
            {
                changes.Add(Whole(before[nextBefore], nextBefore, ChangeKind.Removed, listPath, label, property));
            }

            for (; nextAfter < a; nextAfter++)
            {
                changes.Add(Whole(after[nextAfter], nextAfter, ChangeKind.Added, listPath, label, property));
            }

            if (b < beforeStart + beforeCount)
            {
                TrialDiff.CompareObjects(before[b], after[a], $"{listPath}[{a}]", RowLabel(label, property, a), changes);
                nextBefore = b + 1;
                nextAfter = a + 1;
            }
        }
    }

    /// <summary>
    /// Pairs old and new rows of one replaced stretch, keeping their order, to maximize the field
    /// values they share; rows sharing nothing stay unpaired (shown as removed and added).
    /// </summary>
    private static List<(int Before, int After)> Pair(IReadOnlyList<JsonElement> before, IReadOnlyList<JsonElement> after, int beforeStart, int beforeCount, int afterStart, int afterCount)
    {
        if (beforeCount == 0 || afterCount == 0)
        {
            return [];
        }

        if ((long)beforeCount * afterCount > MaxPairingCells)
        {
            return Enumerable.Range(0, Math.Min(beforeCount, afterCount)).Select(i => (beforeStart + i, afterStart + i)).ToList();
        }

        var beforeLeaves = Enumerable.Range(beforeStart, beforeCount).Select(i => Leaves(before[i])).ToList();
        var afterLeaves = Enumerable.Range(afterStart, afterCount).Select(i => Leaves(after[i])).ToList();

        // score[i, j]: the best total similarity pairing the first i old rows with the first j new rows.
        var score = new double[beforeCount + 1, afterCount + 1];
        for (var i = 1; i <= beforeCount; i++)
        {
            for (var j = 1; j <= afterCount; j++)
            {
                var similarity = Similarity(beforeLeaves[i - 1], afterLeaves[j - 1]);
                var diagonal = similarity > 0 ? score[i - 1, j - 1] + similarity : double.MinValue;
                score[i, j] = Math.Max(diagonal, Math.Max(score[i - 1, j], score[i, j - 1]));
            }
        }

        var pairs = new List<(int, int)>();
        for (int i = beforeCount, j = afterCount; i > 0 && j > 0;)
        {
            var similarity = Similarity(beforeLeaves[i - 1], afterLeaves[j - 1]);
            if (similarity > 0 && score[i, j] == score[i - 1, j - 1] + similarity)
            {
                pairs.Add((beforeStart + i - 1, afterStart + j - 1));
                i--;
                j--;
            }
            else if (score[i, j] == score[i - 1, j])
            {
                i--;
            }
            else
            {
                j--;
            }
        }

        pairs.Reverse();
        return pairs;
    }

    /// <summary>Shared field values over the field values of the fuller row, from 0 to 1.</summary>
    private static double Similarity(HashSet<string> before, HashSet<string> after)
    {
        var larger = Math.Max(before.Count, after.Count);
        return larger == 0 ? 0 : (double)before.Count(after.Contains) / larger;
    }

    private static HashSet<string> Leaves(JsonElement row)
        => row.EnumerateObject()
            .Where(p => !TrialDiff.IsIgnored(p.Name) && TrialDiff.Present(p.Value) is not null)
            .Select(p => p.Name + "=" + TrialDiff.Canonical(p.Value))
            .ToHashSet(StringComparer.Ordinal);

    private static FieldChange Whole(JsonElement row, int index, ChangeKind kind, string path, string label, string property)
    {
        var summary = Summary(row);
        return new FieldChange(
            $"{path}[{index}]",
            RowLabel(label, property, index),
            kind,
            kind == ChangeKind.Removed ? summary : null,
            kind == ChangeKind.Added ? summary : null,
            null);
    }

    /// <summary>"Arm 2" at the top; "Arm 1 › Intervention 2" for rows nested in a row.</summary>
    private static string RowLabel(string label, string property, int index)
    {
        var row = TrialDiffLabels.RowName(property, index);
        var parent = label.Contains(TrialDiffLabels.Separator, StringComparison.Ordinal)
            ? label[..label.LastIndexOf(TrialDiffLabels.Separator, StringComparison.Ordinal)]
            : "";
        return parent.Length == 0 ? row : parent + TrialDiffLabels.Separator + row;
    }

    /// <summary>A whole row in one line: "Label: Placebo; Type: Placebo comparator".</summary>
    internal static string Summary(JsonElement row)
    {
        var parts = new List<string>();
        var properties = row.EnumerateObject().GroupBy(p => p.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Last(), StringComparer.Ordinal);
        foreach (var property in TrialDiffLabels.InDisplayOrder(properties.Keys).Select(n => properties[n]))
        {
            if (TrialDiff.IsIgnored(property.Name) || TrialDiff.Present(property.Value) is not { } value)
            {
                continue;
            }

            var text = value.ValueKind switch
            {
                JsonValueKind.Object => Summary(value),
                JsonValueKind.Array when value.EnumerateArray().All(i => i.ValueKind == JsonValueKind.Object)
                    => $"{value.GetArrayLength()} {(value.GetArrayLength() == 1 ? "entry" : "entries")}",
                JsonValueKind.Array => string.Join(", ", value.EnumerateArray().Select(i => TrialDiff.Text(i)).OfType<string>().Select(t => TrialDiffLabels.Value(property.Name, t))),
                _ => TrialDiffLabels.Value(property.Name, TrialDiff.Text(value)!),
            };
            parts.Add(property.Name is "Text" or "Value" ? text! : $"{TrialDiffLabels.Name(property.Name)}: {text}");
        }

        return string.Join("; ", parts);
    }
}
