using TrialRegistry.Trials;
using TrialRegistry.Web.Components.Shared;

namespace TrialRegistry.Web.Tests.Shared;

public sealed class RegistryLinksTests
{
    [Theory]
    [InlineData("2020-001287-28", SecondaryIdType.EudractNumber, "https://www.clinicaltrialsregister.eu/ctr-search/search?query=2020-001287-28")]
    [InlineData("2023-503698-41-00", SecondaryIdType.Ctis, "https://euclinicaltrials.eu/search-for-clinical-trials/?lang=en&EUCT=2023-503698-41-00")]
    [InlineData("ISRCTN12345678", SecondaryIdType.Isrctn, "https://www.isrctn.com/ISRCTN12345678")]
    [InlineData("NCT03562065", SecondaryIdType.Registry, "https://clinicaltrials.gov/study/NCT03562065")]
    public void Registry_numbers_link_to_their_registry(string id, SecondaryIdType type, string expected)
        => Assert.Equal(expected, RegistryLinks.UrlFor(id, type));

    [Theory]
    [InlineData("2020-001287-28", "https://www.clinicaltrialsregister.eu/ctr-search/search?query=2020-001287-28")]
    [InlineData("2023-503698-41-00", "https://euclinicaltrials.eu/search-for-clinical-trials/?lang=en&EUCT=2023-503698-41-00")]
    [InlineData("ISRCTN12345678", "https://www.isrctn.com/ISRCTN12345678")]
    [InlineData(" NCT04207047 ", "https://clinicaltrials.gov/study/NCT04207047")]
    public void Registry_numbers_filed_as_other_are_recognized_by_their_format(string id, string expected)
        => Assert.Equal(expected, RegistryLinks.UrlFor(id, SecondaryIdType.Other));

    [Fact]
    public void A_registry_number_links_to_its_registry_even_when_the_record_gives_another_link()
        => Assert.Equal(
            "https://www.isrctn.com/ISRCTN12345678",
            RegistryLinks.UrlFor("ISRCTN12345678", SecondaryIdType.Isrctn, "https://example.org/elsewhere"));

    [Fact]
    public void Other_ids_use_the_records_own_link()
        => Assert.Equal(
            "https://reporter.nih.gov/quickSearch/P60DK020579",
            RegistryLinks.UrlFor("P60DK020579", SecondaryIdType.Nih, "https://reporter.nih.gov/quickSearch/P60DK020579"));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("javascript:alert(1)")]
    [InlineData("file:///etc/passwd")]
    [InlineData("reporter.nih.gov/no-scheme")]
    public void Other_ids_without_a_web_link_have_no_link(string? link)
        => Assert.Null(RegistryLinks.UrlFor("2023-A00386-39", SecondaryIdType.Other, link));

    [Fact]
    public void Ids_are_escaped_into_the_address()
        => Assert.Equal(
            "https://www.clinicaltrialsregister.eu/ctr-search/search?query=a%26b%20c",
            RegistryLinks.UrlFor("a&b c", SecondaryIdType.EudractNumber));

    [Theory]
    [InlineData("NCT03562065", "https://clinicaltrials.gov/study/NCT03562065")]
    [InlineData("TR-2024-000001", null)]
    public void Only_nct_numbers_have_a_clinicaltrials_gov_page(string registryId, string? expected)
        => Assert.Equal(expected, RegistryLinks.ClinicalTrialsGov(registryId));
}
