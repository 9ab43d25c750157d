using TrialRegistry.Import.Runs;
using TrialRegistry.Trials;
using TrialRegistry.Validation;

namespace TrialRegistry.Tests.Import.Runs;

public sealed class ImportValidationTests
{
    [Theory]
    [InlineData("DRKS00000001", false)]
    [InlineData("EUCTR2004-000123-45-DE", false)]
    [InlineData("ChiCTR2000029308", false)]
    [InlineData("JPRN-jRCT2031200001", false)]
    [InlineData("CTRI/2020/05/025000", true)] // a slash cannot be part of /trials/{id}
    [InlineData("NCT-BAD-1", true)] // claims to be a ClinicalTrials.gov id
    [InlineData("TRG-12", true)]
    [InlineData("", true)]
    public void The_primary_id_of_another_WHO_register_is_kept_but_an_unusable_or_false_one_refuses_the_record(string registryId, bool refused)
    {
        var trial = new Trial { RegistryId = registryId, BriefTitle = "A trial", Source = "who-ictrp-xml" };
        var problems = TrialValidator.Validate(trial, new DateOnly(2024, 6, 1)).Where(p => p.Field == nameof(Trial.RegistryId)).ToList();

        Assert.NotEmpty(problems);
        Assert.Equal(refused, problems.Any(p => ImportValidation.Refuses(p, trial)));
    }
}
