using TrialRegistry.Organizations;
using TrialRegistry.Trials;

namespace TrialRegistry.Testing;

/// <summary>Minimal valid entities for tests that need rows, not realistic records.</summary>
public static class TestTrials
{
    public static Organization Sponsor(string name = "Test Sponsor") => Organization.Create(name, OrganizationClass.Other, "France");

    public static Trial New(string registryId, Organization sponsor, string title = "A test trial")
        => new()
        {
            RegistryId = registryId,
            BriefTitle = title,
            OverallStatus = OverallStatus.Recruiting,
            StudyType = StudyType.Interventional,
            Phases = [Phase.Phase1, Phase.Phase2],
            StartDate = RegistryDate.Day(2019, 9, 11, DateType.Actual),
            LeadSponsor = sponsor,
            Source = "test",
            CreatedAt = DateTimeOffset.UtcNow,
            UpdatedAt = DateTimeOffset.UtcNow,
        };
}
