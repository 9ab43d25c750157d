using TrialRegistry.Common;
using TrialRegistry.Conditions;
using TrialRegistry.Organizations;
using TrialRegistry.Trials;
using TrialRegistry.Validation;

namespace TrialRegistry.Tests.Validation;

/// <summary>A record that breaks no rule on <see cref="Today"/>; each test breaks one thing in it.</summary>
internal static class ValidTrial
{
    public static readonly DateOnly Today = new(2025, 6, 15);

    public static Trial New() => new()
    {
        RegistryId = "NCT01234567",
        OrgStudyId = "P150302",
        BriefTitle = "Mesenchymal stem cells in lupus",
        OfficialTitle = "A phase 2 study of mesenchymal stem cells in refractory lupus",
        Acronym = "MSC-SLE",
        BriefSummary = "Does it work?",
        OverallStatus = OverallStatus.Recruiting,
        StudyType = StudyType.Interventional,
        Phases = [Phase.Phase2],
        LeadSponsor = Organization.Create("Assistance Publique - Hôpitaux de Paris", OrganizationClass.Other, "France"),
        Conditions = [new TrialCondition { Condition = new Condition { Name = "Lupus", NormalizedName = NameNormalizer.Normalize("Lupus") } }],
        StartDate = RegistryDate.Day(2024, 1, 15, DateType.Actual),
        PrimaryCompletionDate = RegistryDate.Month(2026, 6, DateType.Estimated),
        CompletionDate = RegistryDate.Month(2026, 12, DateType.Estimated),
        StatusVerifiedDate = RegistryDate.Month(2025, 5),
        EnrollmentCount = 40,
        EnrollmentType = EnrollmentType.Estimated,
        Keywords = ["stem cells"],
        SecondaryIds = [new TrialSecondaryId { Value = "2015-001234-56", Type = SecondaryIdType.EudractNumber }],
        Arms = [new Arm { Label = "MSC", Type = ArmGroupType.Experimental, Description = "One infusion." }],
        Interventions = [new Intervention { Name = "Mesenchymal stem cells", Type = InterventionType.Biological }],
        Outcomes = [new Outcome { Kind = OutcomeKind.Primary, Measure = "Remission", TimeFrame = "12 months" }],
        Eligibility = new TrialEligibility { Criteria = "Adults with lupus.", MinimumAge = "18 Years", MaximumAge = "70 Years", Sex = Sex.All },
        Source = "test",
    };

    /// <summary>Validates on <see cref="Today"/>.</summary>
    public static IReadOnlyList<ValidationProblem> Validate(Trial trial) => TrialValidator.Validate(trial, Today);

    /// <summary>Asserts that the record has exactly these problems, in any order.</summary>
    public static void AssertProblems(Trial trial, params ValidationProblem[] expected)
        => Assert.Equal(
            expected.OrderBy(p => p.Field, StringComparer.Ordinal).ThenBy(p => p.Message, StringComparer.Ordinal),
            Validate(trial).OrderBy(p => p.Field, StringComparer.Ordinal).ThenBy(p => p.Message, StringComparer.Ordinal));

    /// <summary>Asserts that the record has exactly one problem: this one.</summary>
    public static void AssertProblem(Trial trial, string field, string message)
        => AssertProblems(trial, new ValidationProblem(field, message));
}
