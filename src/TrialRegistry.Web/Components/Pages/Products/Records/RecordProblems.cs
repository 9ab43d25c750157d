using TrialRegistry.Validation;

namespace TrialRegistry.Web.Components.Pages.Products.Records;

/// <summary>
/// The problems of the last save, by field path ("PriorityDate", "Assignees[1]"), for inputs to show
/// next to themselves. The rules are the domain's (SaveLinkedRecord): the form has none of its own
/// to disagree with them. A message goes once its field is edited.
/// </summary>
public sealed class RecordProblems
{
    private readonly Dictionary<string, string> messages = new(StringComparer.Ordinal);

    public IReadOnlyList<ValidationProblem> All { get; private set; } = [];

    public bool Any => All.Count > 0;

    public void Show(IReadOnlyList<ValidationProblem> problems)
    {
        All = problems;
        messages.Clear();
        foreach (var problem in problems)
        {
            // Two problems on one field: both are shown.
            messages[problem.Field] = messages.TryGetValue(problem.Field, out var earlier) ? $"{earlier} {problem.Message}" : problem.Message;
        }
    }

    public bool Has(string field) => messages.ContainsKey(field);

    public string? Message(string field) => messages.GetValueOrDefault(field);

    public void Clear(string field) => messages.Remove(field);

    public void ClearAll()
    {
        All = [];
        messages.Clear();
    }
}
