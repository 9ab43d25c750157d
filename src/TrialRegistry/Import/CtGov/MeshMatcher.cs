using TrialRegistry.Common;

namespace TrialRegistry.Import.CtGov;

/// <summary>A MeSH descriptor as CT.gov's derived section gives it ("D000008180", "Lupus Erythematosus, Systemic").</summary>
internal sealed record MeshTerm(string Id, string Term);

/// <summary>
/// Pairs a trial's conditions (free text as registered) with the MeSH terms CT.gov derived for the
/// trial. CT.gov lists the terms for the trial as a whole, not per condition, so the pairing is
/// inferred and stays conservative: a condition gets a term only when exactly one term fits it.
/// </summary>
internal static class MeshMatcher
{
    /// <param name="conditions">The conditions as registered.</param>
    /// <param name="meshes">derivedSection.conditionBrowseModule.meshes.</param>
    /// <param name="foundAs">Browse leaves as (leaf name, text it was found as) pairs: how CT.gov tied condition text to terms.</param>
    /// <returns>The term of each condition, by position; null where none fits.</returns>
    public static MeshTerm?[] Match(IReadOnlyList<string> conditions, IReadOnlyList<MeshTerm> meshes, IReadOnlyList<(string Name, string AsFound)> foundAs)
    {
        var result = new MeshTerm?[conditions.Count];
        if (meshes.Count == 0)
        {
            return result;
        }

        var byKey = meshes.GroupBy(m => NameNormalizer.Normalize(m.Term)).ToDictionary(g => g.Key, g => g.First());
        for (var i = 0; i < conditions.Count; i++)
        {
            var key = NameNormalizer.Normalize(conditions[i]);
            var words = Words(key);
            result[i] = byKey.GetValueOrDefault(key)
                ?? Single(meshes.Where(m => Words(NameNormalizer.Normalize(m.Term)).SetEquals(words)))
                ?? Single(foundAs
                    .Where(leaf => NameNormalizer.Normalize(leaf.AsFound) == key)
                    .Select(leaf => byKey.GetValueOrDefault(NameNormalizer.Normalize(leaf.Name)))
                    .OfType<MeshTerm>()
                    .Distinct())
                ?? (conditions.Count == 1 && meshes.Count == 1 ? meshes[0] : null)

                // "Lupus Erythematosus" registered, "Lupus Erythematosus, Systemic" derived: the one
                // term containing every word of a multi-word condition is the condition, narrowed.
                ?? (words.Count > 1 ? Single(meshes.Where(m => Words(NameNormalizer.Normalize(m.Term)).IsSupersetOf(words))) : null);
        }

        return result;
    }

    private static HashSet<string> Words(string normalized)
        => normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);

    private static MeshTerm? Single(IEnumerable<MeshTerm> candidates)
    {
        var list = candidates.Take(2).ToList();
        return list.Count == 1 ? list[0] : null;
    }
}
