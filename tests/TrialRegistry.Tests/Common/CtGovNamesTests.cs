using TrialRegistry.Common;
using TrialRegistry.Organizations;
using TrialRegistry.Trials;

namespace TrialRegistry.Tests.Common;

public sealed class CtGovNamesTests
{
    [Theory]
    [InlineData(OverallStatus.ActiveNotRecruiting, "ACTIVE_NOT_RECRUITING")]
    [InlineData(OverallStatus.Unknown, "UNKNOWN")]
    [InlineData(Phase.EarlyPhase1, "EARLY_PHASE1")]
    [InlineData(Phase.Phase2, "PHASE2")]
    [InlineData(Phase.NA, "NA")]
    [InlineData(DesignAllocation.NonRandomized, "NON_RANDOMIZED")]
    [InlineData(PrimaryPurpose.Ect, "ECT")]
    public void Enum_members_read_as_the_CtGov_values(object member, string expected)
    {
        var method = typeof(CtGovNames).GetMethod(nameof(CtGovNames.ToCtGov))!.MakeGenericMethod(member.GetType());
        Assert.Equal(expected, method.Invoke(null, [member]));
    }

    [Fact]
    public void Every_value_of_the_CtGov_enums_parses_back()
    {
        // The values listed in the API v2 OpenAPI description (reference/ctg-oas-v2.yaml).
        string[] statuses = ["ACTIVE_NOT_RECRUITING", "COMPLETED", "ENROLLING_BY_INVITATION", "NOT_YET_RECRUITING", "RECRUITING", "SUSPENDED", "TERMINATED", "WITHDRAWN", "AVAILABLE", "NO_LONGER_AVAILABLE", "TEMPORARILY_NOT_AVAILABLE", "APPROVED_FOR_MARKETING", "WITHHELD", "UNKNOWN"];
        string[] classes = ["NIH", "FED", "OTHER_GOV", "INDIV", "INDUSTRY", "NETWORK", "AMBIG", "OTHER", "UNKNOWN"];

        Assert.Equal(statuses, CtGovNames.ValuesOf<OverallStatus>());
        Assert.Equal(classes, CtGovNames.ValuesOf<OrganizationClass>());
        Assert.All(statuses, s => Assert.Equal(s, CtGovNames.ToCtGov(CtGovNames.Parse<OverallStatus>(s))));
    }

    [Fact]
    public void An_unknown_value_is_a_format_error_naming_the_value()
    {
        var error = Assert.Throws<FormatException>(() => CtGovNames.Parse<Phase>("PHASE9"));
        Assert.Contains("PHASE9", error.Message, StringComparison.Ordinal);
        Assert.False(CtGovNames.TryParse<Phase>("PHASE9", out _));
    }

    [Theory]
    [InlineData("Assistance Publique - Hôpitaux de Paris", "assistance publique hopitaux de paris")]
    [InlineData("  University   College London ", "university college london")]
    [InlineData("AP-HP", "ap hp")]
    public void Names_normalize_to_one_matching_key(string name, string expected)
        => Assert.Equal(expected, NameNormalizer.Normalize(name));
}
