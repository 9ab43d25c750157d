using System.Text.Json.Nodes;

namespace TrialRegistry.CtGovApi.Studies;

/// <summary>
/// The parts of a study a <c>fields</c> parameter asked for, as dotted JSON paths. Arrays are
/// walked through: "protocolSection.contactsLocationsModule.locations.city" keeps the city of
/// every location.
/// </summary>
public sealed class CtGovFieldSelection
{
    public static readonly CtGovFieldSelection All = new([]);

    private readonly PathTree root = new();

    private readonly List<string> resolved = [];

    public CtGovFieldSelection(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        foreach (var path in paths)
        {
            resolved.Add(path);
            var node = root;
            foreach (var segment in path.Split('.'))
            {
                if (node.IsLeaf && node != root)
                {
                    break;
                }

                node = node.Child(segment);
            }

            node.MarkLeaf();
        }
    }

    /// <summary>The resolved paths; empty means the whole study.</summary>
    public IReadOnlyList<string> Paths => resolved;

    public bool IsAll => Paths.Count == 0;

    /// <summary>A copy of <paramref name="study"/> with only the selected parts (the study itself when all are selected).</summary>
    public JsonObject Apply(JsonObject study)
    {
        ArgumentNullException.ThrowIfNull(study);
        return IsAll ? study : (Prune(study, root) as JsonObject) ?? [];
    }

    private static JsonNode? Prune(JsonNode? node, PathTree tree)
    {
        if (node is null)
        {
            return null;
        }

        if (tree.IsLeaf)
        {
            return node.DeepClone();
        }

        switch (node)
        {
            case JsonObject obj:
                var result = new JsonObject();
                foreach (var (key, value) in obj)
                {
                    if (tree.Children.TryGetValue(key, out var child) && Prune(value, child) is { } kept)
                    {
                        result[key] = kept;
                    }
                }

                return result.Count == 0 ? null : result;
            case JsonArray array:
                // Items without the selected parts stay as empty objects, so positions still line up.
                var items = array.Select(item => Prune(item, tree)).ToList();
                return items.All(i => i is null) ? null : new JsonArray(items.Select(i => i ?? new JsonObject()).ToArray());
            default:
                return null;
        }
    }

    private sealed class PathTree
    {
        public Dictionary<string, PathTree> Children { get; } = new(StringComparer.Ordinal);

        public bool IsLeaf { get; private set; }

        public PathTree Child(string segment)
        {
            if (!Children.TryGetValue(segment, out var child))
            {
                child = new PathTree();
                Children[segment] = child;
            }

            return child;
        }

        public void MarkLeaf()
        {
            IsLeaf = true;
            Children.Clear();
        }
    }
}
