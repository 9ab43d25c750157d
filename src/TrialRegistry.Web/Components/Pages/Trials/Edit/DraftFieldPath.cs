using System.Collections;
using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Components.Forms;
using TrialRegistry.Trials.Editing;

namespace TrialRegistry.Web.Components.Pages.Trials.Edit;

/// <summary>
/// Turns a validation problem's path ("StartDate", "Eligibility.MinimumAge", "Arms[2].Label",
/// "Conditions[1]") into the <see cref="FieldIdentifier"/> of the editor input bound to it, so the
/// message shows next to that input. The draft's property paths are the trial's, so most paths
/// resolve as they are; a date or organization resolves to its text input; an item of a list of
/// strings to (list, index). A path that goes deeper than the draft (a rule on a row's detail the
/// draft does not model) lands on the deepest field it reaches; one that matches nothing is null
/// (the summary at the top still shows it).
/// </summary>
public static partial class DraftFieldPath
{
    public static FieldIdentifier? Resolve(TrialDraft draft, string path)
    {
        ArgumentNullException.ThrowIfNull(draft);
        object owner = draft;
        string? field = null;
        foreach (var (name, index) in Segments(Alias(path)))
        {
            var current = field is null ? owner : Value(owner, field);
            if (current is null)
            {
                break;
            }

            var property = current.GetType().GetProperty(name, BindingFlags.Public | BindingFlags.Instance);
            if (property is null)
            {
                break;
            }

            (owner, field) = (current, name);
            if (index is { } i)
            {
                if (property.GetValue(current) is not IList list || i < 0 || i >= list.Count)
                {
                    break;
                }

                if (list[i] is string or null)
                {
                    // A list of plain values: the editor's row inputs are keyed (list, index).
                    return new FieldIdentifier(list, i.ToString(System.Globalization.CultureInfo.InvariantCulture));
                }

                (owner, field) = (list, null);
                owner = list[i]!;
            }
        }

        if (field is null)
        {
            // A whole row: its first input.
            return owner is TrialDraft ? null : FirstInput(owner);
        }

        return Value(owner, field) switch
        {
            DateDraft date => new FieldIdentifier(date, nameof(DateDraft.Text)),
            OrganizationDraft organization => new FieldIdentifier(organization, nameof(OrganizationDraft.Name)),
            _ => new FieldIdentifier(owner, field),
        };
    }

    /// <summary>Names the validator may use for a field the draft holds under another name.</summary>
    private static string Alias(string path) => path switch
    {
        "LeadSponsorId" or "LeadSponsor.Name" => nameof(TrialDraft.LeadSponsor),
        _ => path,
    };

    private static FieldIdentifier? FirstInput(object row) => row switch
    {
        OrganizationDraft => new FieldIdentifier(row, nameof(OrganizationDraft.Name)),
        SecondaryIdDraft => new FieldIdentifier(row, nameof(SecondaryIdDraft.Value)),
        ArmDraft => new FieldIdentifier(row, nameof(ArmDraft.Label)),
        InterventionDraft => new FieldIdentifier(row, nameof(InterventionDraft.Name)),
        OutcomeDraft => new FieldIdentifier(row, nameof(OutcomeDraft.Measure)),
        ContactDraft => new FieldIdentifier(row, nameof(ContactDraft.Name)),
        LocationDraft => new FieldIdentifier(row, nameof(LocationDraft.Facility)),
        _ => null,
    };

    private static object? Value(object owner, string field)
        => owner.GetType().GetProperty(field, BindingFlags.Public | BindingFlags.Instance)?.GetValue(owner);

    private static IEnumerable<(string Name, int? Index)> Segments(string path)
    {
        foreach (var segment in path.Split('.', StringSplitOptions.RemoveEmptyEntries))
        {
            var match = SegmentPattern().Match(segment);
            if (!match.Success)
            {
                yield break;
            }

            yield return (match.Groups[1].Value, match.Groups[2].Success ? int.Parse(match.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture) : null);
        }
    }

    [GeneratedRegex(@"^(\w+)(?:\[(\d+)\])?$")]
    private static partial Regex SegmentPattern();
}
