using TrialRegistry.Import;
using TrialRegistry.Trials;

namespace TrialRegistry.Tests.Import;

public sealed class SecondaryIdClassifierTests
{
    [Theory]
    [InlineData("2014-001462-99", SecondaryIdType.EudractNumber)]
    [InlineData("2023-503456-12-00", SecondaryIdType.Ctis)]
    [InlineData("ISRCTN12345678", SecondaryIdType.Isrctn)]
    [InlineData("U1111-1169-2289", SecondaryIdType.WhoUtn)]
    [InlineData(" 2020-001287-28 ", SecondaryIdType.EudractNumber)]
    [InlineData("APHP200395", SecondaryIdType.Other)]
    [InlineData("UK-2019-004939-24", SecondaryIdType.Other)]
    [InlineData("ISRCTN1234567", SecondaryIdType.Other)]
    public void Other_ids_are_classified_by_format(string value, SecondaryIdType expected)
        => Assert.Equal(expected, SecondaryIdClassifier.Classify(value, SecondaryIdType.Other));

    [Fact]
    public void A_registry_id_without_a_known_format_stays_registry()
        => Assert.Equal(SecondaryIdType.Registry, SecondaryIdClassifier.Classify("DRKS00012345", SecondaryIdType.Registry));

    [Fact]
    public void An_untyped_id_is_classified_by_format()
        => Assert.Equal(SecondaryIdType.Isrctn, SecondaryIdClassifier.Classify("ISRCTN87654321"));

    [Fact]
    public void A_specific_declared_type_is_kept()
        => Assert.Equal(SecondaryIdType.Nih, SecondaryIdClassifier.Classify("2014-001462-99", SecondaryIdType.Nih));
}
