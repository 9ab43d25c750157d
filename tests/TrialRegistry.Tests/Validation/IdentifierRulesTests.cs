using TrialRegistry.Trials;
using static TrialRegistry.Tests.Validation.ValidTrial;

namespace TrialRegistry.Tests.Validation;

public sealed class IdentifierRulesTests
{
    [Theory]
    [InlineData("NCT03562065")]
    [InlineData("TRG-000123")]
    [InlineData("TRG-1234567")]
    public void Registry_ids_of_CT_gov_and_of_this_registry_are_accepted(string registryId)
    {
        var trial = New();
        trial.RegistryId = registryId;

        Assert.Empty(Validate(trial));
    }

    [Theory]
    [InlineData("NCT0356206")]
    [InlineData("nct03562065")]
    [InlineData("NCT03562065 ")]
    [InlineData("TRG-12345")]
    [InlineData("TRG000123")]
    [InlineData("ISRCTN12345678")]
    public void Other_registry_ids_are_refused(string registryId)
    {
        var trial = New();
        trial.RegistryId = registryId;

        AssertProblem(trial, "RegistryId", $"Registry identifier \"{registryId}\" is not valid: it is NCT followed by 8 digits (NCT01234567) or TRG- followed by at least 6 digits (TRG-000123).");
    }

    [Theory]
    [InlineData(SecondaryIdType.EudractNumber, "2015-001234-56")]
    [InlineData(SecondaryIdType.Ctis, "2023-501234-12-00")]
    [InlineData(SecondaryIdType.Isrctn, "ISRCTN12345678")]
    [InlineData(SecondaryIdType.WhoUtn, "U1111-1234-5678")]
    [InlineData(SecondaryIdType.Registry, "NCT01234567")]
    [InlineData(SecondaryIdType.Other, "P150302")]
    [InlineData(SecondaryIdType.Nih, "R01 AI012345")]
    public void Secondary_ids_in_the_format_of_their_type_are_accepted(SecondaryIdType type, string value)
    {
        var trial = New();
        trial.SecondaryIds.Add(new TrialSecondaryId { Type = type, Value = value });

        Assert.Empty(Validate(trial));
    }

    [Theory]
    [InlineData(SecondaryIdType.EudractNumber, "2015-1234-56", "\"2015-1234-56\" is not a EudraCT number: the format is YYYY-NNNNNN-CC, e.g. 2015-001234-56.")]
    [InlineData(SecondaryIdType.EudractNumber, "EudraCT 2015-001234-56", "\"EudraCT 2015-001234-56\" is not a EudraCT number: the format is YYYY-NNNNNN-CC, e.g. 2015-001234-56.")]
    [InlineData(SecondaryIdType.EudractNumber, "2023-501234-12-00", "\"2023-501234-12-00\" is not a EudraCT number: the format is YYYY-NNNNNN-CC, e.g. 2015-001234-56.")]
    [InlineData(SecondaryIdType.Ctis, "2023-501234-12", "\"2023-501234-12\" is not a CTIS number: the format is YYYY-NNNNNN-NN-NN, e.g. 2023-501234-12-00.")]
    [InlineData(SecondaryIdType.Isrctn, "ISRCTN1234567", "\"ISRCTN1234567\" is not an ISRCTN: the format is ISRCTN followed by 8 digits, e.g. ISRCTN12345678.")]
    [InlineData(SecondaryIdType.WhoUtn, "U1111-1234", "\"U1111-1234\" is not a WHO universal trial number: the format is UNNNN-NNNN-NNNN, e.g. U1111-1234-5678.")]
    [InlineData(SecondaryIdType.Registry, "NCT0123456", "\"NCT0123456\" is not an NCT number: the format is NCT followed by 8 digits, e.g. NCT01234567.")]
    [InlineData(SecondaryIdType.Other, "NCT 01234567", "\"NCT 01234567\" is not an NCT number: the format is NCT followed by 8 digits, e.g. NCT01234567.")]
    public void A_secondary_id_not_in_the_format_of_its_type_is_reported_on_its_value(SecondaryIdType type, string value, string message)
    {
        var trial = New();
        trial.SecondaryIds.Add(new TrialSecondaryId { Type = type, Value = value });

        AssertProblem(trial, "SecondaryIds[1].Value", message);
    }

    [Fact]
    public void A_secondary_id_row_needs_a_value()
    {
        var trial = New();
        trial.SecondaryIds.Add(new TrialSecondaryId { Type = SecondaryIdType.Other, Value = "" });

        AssertProblem(trial, "SecondaryIds[1].Value", "Secondary identifier is required; remove the row if there is none.");
    }
}
