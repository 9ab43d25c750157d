using TrialRegistry.Trials;
using TrialRegistry.Validation;
using static TrialRegistry.Tests.Validation.ValidTrial;

namespace TrialRegistry.Tests.Validation;

/// <summary>The editor validates drafts and the API whatever a client sent: nothing may make Validate throw.</summary>
public sealed class PartialRecordTests
{
    [Fact]
    public void A_record_with_every_reference_null_is_reported_not_crashed_on()
    {
        var trial = new Trial
        {
            RegistryId = null!,
            BriefTitle = null!,
            Source = null!,
            LeadSponsor = null!,
            StudyType = StudyType.Interventional, // the default (first member) is EXPANDED_ACCESS, which has fewer rules
            Design = null!,
            Eligibility = null!,
            Phases = null!,
            Keywords = null!,
            Conditions = null!,
            Arms = null!,
            Interventions = null!,
            Outcomes = null!,
            SecondaryIds = null!,
            Collaborators = null!,
            Locations = null!,
            Contacts = null!,
        };

        AssertProblems(
            trial,
            new ValidationProblem("RegistryId", "Registry identifier is required."),
            new ValidationProblem("BriefTitle", "Brief title is required."),
            new ValidationProblem("BriefSummary", "Brief summary is required."),
            new ValidationProblem("LeadSponsor", "Lead sponsor is required."),
            new ValidationProblem("Conditions", "At least one condition is required."),
            new ValidationProblem("Phases", "Phase is required for an interventional study; choose \"Not Applicable\" when the study has no phase (devices, behavioral interventions)."),
            new ValidationProblem("StartDate", "Start date is required."),
            new ValidationProblem("PrimaryCompletionDate", "Primary completion date is required."),
            new ValidationProblem("CompletionDate", "Completion date is required."),
            new ValidationProblem("StatusVerifiedDate", "Status verified date is required: enter the month the status was last verified."));
    }

    [Fact]
    public void Null_rows_and_null_cells_in_rows_are_reported_not_crashed_on()
    {
        var trial = New();
        trial.Arms = [null!, new Arm { Label = null! }];
        trial.Interventions = [null!];
        trial.Outcomes = [new Outcome { Measure = null! }];
        trial.SecondaryIds = [null!, new TrialSecondaryId { Value = null!, Type = SecondaryIdType.EudractNumber }];
        trial.Conditions = [null!];
        trial.Keywords = [null!];

        AssertProblems(
            trial,
            new ValidationProblem("Arms[0].Label", "Arm label is required."),
            new ValidationProblem("Arms[1].Label", "Arm label is required."),
            new ValidationProblem("Interventions[0].Name", "Intervention name is required."),
            new ValidationProblem("Outcomes[0].Measure", "Outcome measure is required."),
            new ValidationProblem("SecondaryIds[0].Value", "Secondary identifier is required; remove the row if there is none."),
            new ValidationProblem("SecondaryIds[1].Value", "Secondary identifier is required; remove the row if there is none."),
            new ValidationProblem("Conditions[0]", "Condition is required; remove the row if it is not needed."));
    }

    [Fact]
    public void The_status_rules_take_a_partial_record_too()
    {
        var trial = new Trial { RegistryId = null!, BriefTitle = null!, Source = null!, LeadSponsor = null! };

        // The default status is ACTIVE_NOT_RECRUITING (the first enum member), never verified: to be
        // verified, but not made UNKNOWN (nothing says the status is old).
        Assert.True(TrialStatusRules.NeedsVerification(trial, Today));
        Assert.False(TrialStatusRules.ApplyStaleness(trial, Today));
        trial.StatusVerifiedDate = RegistryDate.Month(2020, 1);
        Assert.True(TrialStatusRules.ApplyStaleness(trial, Today));
        Assert.Equal((OverallStatus.Unknown, OverallStatus.ActiveNotRecruiting), (trial.OverallStatus, trial.LastKnownStatus));
    }
}
