using TrialRegistry.Trials;
using static TrialRegistry.Tests.Validation.ValidTrial;

namespace TrialRegistry.Tests.Validation;

public sealed class RequiredRulesTests
{
    [Fact]
    public void The_valid_record_has_no_problem() => Assert.Empty(Validate(New()));

    public static TheoryData<string, Action<Trial>, string, string> MissingFields() => new()
    {
        { "registry id", t => t.RegistryId = "", "RegistryId", "Registry identifier is required." },
        { "brief title", t => t.BriefTitle = "   ", "BriefTitle", "Brief title is required." },
        { "brief summary", t => t.BriefSummary = null, "BriefSummary", "Brief summary is required." },
        { "overall status", t => t.OverallStatus = (OverallStatus)99, "OverallStatus", "Overall status is required." },
        { "lead sponsor", t => (t.LeadSponsor, t.LeadSponsorId) = (null!, 0), "LeadSponsor", "Lead sponsor is required." },
        { "conditions", t => t.Conditions = [], "Conditions", "At least one condition is required." },
        { "empty condition row", t => t.Conditions.Add(new TrialCondition()), "Conditions[1]", "Condition is required; remove the row if it is not needed." },
        { "arm label", t => t.Arms[0].Label = "", "Arms[0].Label", "Arm label is required." },
        { "intervention name", t => t.Interventions.Add(new Intervention { Name = " " }), "Interventions[1].Name", "Intervention name is required." },
        { "outcome measure", t => t.Outcomes[0].Measure = null!, "Outcomes[0].Measure", "Outcome measure is required." },
    };

    [Theory]
    [MemberData(nameof(MissingFields))]
    public void A_missing_required_field_is_reported_on_its_field(string what, Action<Trial> change, string field, string message)
    {
        _ = what;
        var trial = New();
        change(trial);

        AssertProblem(trial, field, message);
    }

    [Fact]
    public void A_missing_study_type_is_reported() // Without phases: a phase on a non-interventional study is another rule.
    {
        var trial = New();
        trial.StudyType = (StudyType)99;
        trial.Phases = [];

        AssertProblem(trial, "StudyType", "Study type is required.");
    }

    [Fact]
    public void A_lead_sponsor_given_by_id_alone_is_enough()
    {
        var trial = New();
        (trial.LeadSponsor, trial.LeadSponsorId) = (null!, 7);

        Assert.Empty(Validate(trial));
    }

    [Fact]
    public void A_condition_row_pointing_at_a_stored_condition_is_enough()
    {
        var trial = New();
        trial.Conditions = [new TrialCondition { ConditionId = 3 }];

        Assert.Empty(Validate(trial));
    }
}
