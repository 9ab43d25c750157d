namespace TrialRegistry.Validation;

/// <summary>
/// Length limits of the ClinicalTrials.gov PRS data element definitions (docs/decisions/0009).
/// Editors can use them for their counters; <see cref="LengthRules"/> enforces them.
/// </summary>
public static class PrsLimits
{
    public const int OrgStudyId = 30;
    public const int BriefTitle = 300;
    public const int OfficialTitle = 600;
    public const int Acronym = 14;
    public const int WhyStopped = 250;
    public const int BriefSummary = 5_000;
    public const int DetailedDescription = 32_000;
    public const int Keyword = 160;
    public const int DesignDescription = 1_000;
    public const int ArmLabel = 100;
    public const int ArmDescription = 999;
    public const int InterventionName = 200;
    public const int InterventionDescription = 1_000;
    public const int OutcomeMeasure = 255;
    public const int OutcomeDescription = 999;
    public const int OutcomeTimeFrame = 255;
    public const int EligibilityCriteria = 20_000;
    public const int StudyPopulation = 1_000;

    /// <summary>
    /// The length as PRS counts it: characters (Unicode code points, so an emoji is one), with a
    /// line break counted once whether the browser sent "\r\n" or "\n".
    /// </summary>
    public static int LengthOf(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var length = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                continue;
            }

            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }

            length++;
        }

        return length;
    }
}
