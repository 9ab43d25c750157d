using TrialRegistry.Trials;
using static TrialRegistry.Tests.Validation.ValidTrial;

namespace TrialRegistry.Tests.Validation;

public sealed class LengthRulesTests
{
    public static TheoryData<string, string, int, Action<Trial, string>> Limits() => new()
    {
        { "OrgStudyId", "Organization's study ID", 30, (t, s) => t.OrgStudyId = s },
        { "BriefTitle", "Brief title", 300, (t, s) => t.BriefTitle = s },
        { "OfficialTitle", "Official title", 600, (t, s) => t.OfficialTitle = s },
        { "Acronym", "Acronym", 14, (t, s) => t.Acronym = s },
        { "BriefSummary", "Brief summary", 5_000, (t, s) => t.BriefSummary = s },
        { "DetailedDescription", "Detailed description", 32_000, (t, s) => t.DetailedDescription = s },
        { "Keywords[1]", "Keyword", 160, (t, s) => t.Keywords.Add(s) },
        { "Design.InterventionModelDescription", "Model description", 1_000, (t, s) => t.Design.InterventionModelDescription = s },
        { "Design.MaskingDescription", "Masking description", 1_000, (t, s) => t.Design.MaskingDescription = s },
        { "Eligibility.Criteria", "Eligibility criteria", 20_000, (t, s) => t.Eligibility.Criteria = s },
        { "Eligibility.StudyPopulation", "Study population", 1_000, (t, s) => t.Eligibility.StudyPopulation = s },
        { "Arms[0].Label", "Arm label", 100, (t, s) => t.Arms[0].Label = s },
        { "Arms[0].Description", "Arm description", 999, (t, s) => t.Arms[0].Description = s },
        { "Interventions[0].Name", "Intervention name", 200, (t, s) => t.Interventions[0].Name = s },
        { "Interventions[0].Description", "Intervention description", 1_000, (t, s) => t.Interventions[0].Description = s },
        { "Outcomes[0].Measure", "Outcome measure", 255, (t, s) => t.Outcomes[0].Measure = s },
        { "Outcomes[0].Description", "Outcome description", 999, (t, s) => t.Outcomes[0].Description = s },
        { "Outcomes[0].TimeFrame", "Outcome time frame", 255, (t, s) => t.Outcomes[0].TimeFrame = s },
    };

    [Theory]
    [MemberData(nameof(Limits))]
    public void A_text_at_the_limit_passes_and_one_character_more_is_reported(string field, string label, int limit, Action<Trial, string> set)
    {
        var atLimit = New();
        set(atLimit, new string('a', limit));
        Assert.Empty(Validate(atLimit));

        var over = New();
        set(over, new string('a', limit + 1));
        AssertProblem(over, field, $"{label} is {limit + 1:N0} characters; the limit is {limit:N0}.");
    }

    [Fact]
    public void The_message_gives_the_length_and_the_limit()
    {
        var trial = New();
        trial.BriefTitle = new string('t', 312);

        AssertProblem(trial, "BriefTitle", "Brief title is 312 characters; the limit is 300.");
    }

    [Fact]
    public void Why_stopped_has_a_limit_of_250()
    {
        var trial = New();
        trial.OverallStatus = OverallStatus.Suspended;
        trial.WhyStopped = new string('w', 251);

        AssertProblem(trial, "WhyStopped", "Why stopped is 251 characters; the limit is 250.");
    }

    [Fact]
    public void A_line_break_counts_once_whether_sent_as_CRLF_or_LF()
    {
        var trial = New();
        trial.Acronym = "ABCDEF\r\nGHIJKL"; // 13 characters as PRS counts them, 14 UTF-16 units

        Assert.Empty(Validate(trial));
    }

    [Fact]
    public void A_character_outside_the_basic_plane_counts_once()
    {
        var trial = New();
        trial.Acronym = "MSC-SLE-🧬🧬🧬🧬🧬🧬"; // 14 characters, 20 UTF-16 units

        Assert.Empty(Validate(trial));
    }
}
