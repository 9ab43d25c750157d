using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using TrialRegistry.Trials.Editing;
using TrialRegistry.Validation;

namespace TrialRegistry.Web.Components.Pages.Trials.Edit;

/// <summary>
/// Feeds the server's validation problems (from SaveTrial, the same rules the API and importer
/// apply) into the form's EditContext, so each message shows next to its input. There are no
/// client-side rules that could disagree: a message goes away when its field is edited and comes
/// back (or not) with the next save.
/// </summary>
public sealed class ProblemValidator : ComponentBase, IDisposable
{
    private ValidationMessageStore? store;
    private EditContext? subscribed;

    [CascadingParameter]
    public EditContext? EditContext { get; set; }

    [Parameter, EditorRequired]
    public TrialDraft Draft { get; set; } = null!;

    /// <summary>The problems that no input shows (the summary lists every problem anyway).</summary>
    public IReadOnlyList<ValidationProblem> Unplaced { get; private set; } = [];

    public void Show(IReadOnlyList<ValidationProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        if (store is null || EditContext is null)
        {
            return;
        }

        store.Clear();
        var unplaced = new List<ValidationProblem>();
        foreach (var problem in problems)
        {
            if (DraftFieldPath.Resolve(Draft, problem.Field) is { } field)
            {
                store.Add(field, problem.Message);
            }
            else
            {
                unplaced.Add(problem);
            }
        }

        Unplaced = unplaced;
        EditContext.NotifyValidationStateChanged();
    }

    public void Clear()
    {
        store?.Clear();
        Unplaced = [];
        EditContext?.NotifyValidationStateChanged();
    }

    protected override void OnParametersSet()
    {
        if (EditContext is null)
        {
            throw new InvalidOperationException($"{nameof(ProblemValidator)} goes inside an EditForm.");
        }

        if (!ReferenceEquals(EditContext, subscribed))
        {
            Unsubscribe();
            store = new ValidationMessageStore(EditContext);
            EditContext.OnFieldChanged += FieldChanged;
            subscribed = EditContext;
        }
    }

    private void FieldChanged(object? sender, FieldChangedEventArgs e)
    {
        store?.Clear(e.FieldIdentifier);
        EditContext?.NotifyValidationStateChanged();
    }

    private void Unsubscribe()
    {
        if (subscribed is not null)
        {
            subscribed.OnFieldChanged -= FieldChanged;
        }
    }

    public void Dispose() => Unsubscribe();
}
