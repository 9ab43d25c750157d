using TrialRegistry.CtGovApi.Studies;

namespace TrialRegistry.Tests.CtGovApi;

public sealed class CtGovStudyIdTests
{
    [Theory]
    [InlineData("NCT03562065", "NCT03562065")]
    [InlineData("nct03562065", "NCT03562065")]
    [InlineData("NCT3562065", "NCT03562065")]
    [InlineData("Nct000003562065", "NCT03562065")]
    [InlineData("TRG-000123", "TRG-000123")]
    [InlineData("trg-000123", "TRG-000123")]
    [InlineData("ISRCTN12345678", "ISRCTN12345678")]
    [InlineData("EUCTR2015-001234-56-FR", "EUCTR2015-001234-56-FR")]
    public void Ids_are_read_as_ctgov_reads_nct_numbers_and_as_the_registry_holds_the_others(string given, string expected)
    {
        Assert.True(CtGovStudyId.TryNormalize(given, out var registryId));
        Assert.Equal(expected, registryId);
    }

    [Theory]
    [InlineData("NCT")]
    [InlineData("NCT123456789")]
    [InlineData("NCT00000000")]
    [InlineData("NCTabc")]
    [InlineData("TRG-12")]
    [InlineData("12345678")]
    [InlineData("a b")]
    [InlineData("")]
    public void Anything_else_is_not_a_study_id(string given)
        => Assert.False(CtGovStudyId.TryNormalize(given, out _));
}
