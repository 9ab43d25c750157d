using System.Globalization;

namespace TrialRegistry.Validation;

/// <summary>The problems found so far, with the checks every rule group shares.</summary>
internal sealed class ProblemList
{
    private readonly List<ValidationProblem> problems = [];

    public IReadOnlyList<ValidationProblem> Problems => problems;

    public void Add(string field, string message) => problems.Add(new ValidationProblem(field, message));

    /// <summary>"Brief title is required." when the text is missing or only white space.</summary>
    public void Required(string field, string label, string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            Add(field, $"{label} is required.");
        }
    }

    /// <summary>"Brief title is 312 characters; the limit is 300." when the text is too long.</summary>
    public void MaxLength(string field, string label, string? text, int limit)
    {
        if (text is null || text.Length <= limit)
        {
            return; // The counted length is never above the UTF-16 length: no need to count.
        }

        var length = PrsLimits.LengthOf(text);
        if (length > limit)
        {
            Add(field, string.Create(CultureInfo.InvariantCulture, $"{label} is {length:N0} characters; the limit is {limit:N0}."));
        }
    }
}
