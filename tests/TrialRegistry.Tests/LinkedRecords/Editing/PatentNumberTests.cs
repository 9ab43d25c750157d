using TrialRegistry.LinkedRecords.Editing;

// Not TrialRegistry.Tests.LinkedRecords: that namespace would hide TrialRegistry.LinkedRecords from the other test folders.
namespace TrialRegistry.Tests.LinkedRecordEditing;

public sealed class PatentNumberTests
{
    [Theory]
    [InlineData("WO 2019/123456 A1", "WO2019123456A1", "WO")]
    [InlineData("WO2019123456", "WO2019123456", "WO")]
    [InlineData("wo 98/12345", "WO9812345", "WO")]
    [InlineData("US 10,123,456 B2", "US10123456B2", "US")]
    [InlineData("US 6,123,456", "US6123456", "US")]
    [InlineData("US 2019/0123456 A1", "US20190123456A1", "US")]
    [InlineData("EP 3 123 456 A1", "EP3123456A1", "EP")]
    [InlineData("EP3703712B1", "EP3703712B1", "EP")]
    [InlineData("JP 2019-123456 A", "JP2019123456A", "JP")]
    [InlineData("JP 6123456 B2", "JP6123456B2", "JP")]
    [InlineData("CN 112512345 A", "CN112512345A", "CN")]
    [InlineData("KR 10-2019-0123456 A", "KR1020190123456A", "KR")]
    [InlineData("KR 10-1234567 B1", "KR101234567B1", "KR")]
    [InlineData("CA 3 123 456 A1", "CA3123456A1", "CA")]
    [InlineData("AU 2019/123456 A1", "AU2019123456A1", "AU")]
    [InlineData("FR 3 072 882 B1", "FR3072882B1", "FR")]
    [InlineData("GB 2 561 234 A", "GB2561234A", "GB")]
    [InlineData("DE 10 2019 123 456 A1", "DE102019123456A1", "DE")]
    [InlineData(" de 19612345 c2 ", "DE19612345C2", "DE")]
    public void Common_office_formats_are_accepted_and_stored_compact_with_their_office(string typed, string stored, string office)
    {
        var result = PatentNumber.Normalize(typed);

        Assert.True(result.IsValid, result.Problem);
        Assert.Equal(stored, result.Number);
        Assert.Equal(office, result.Office);
    }

    [Theory]
    [InlineData("", "Enter the publication number, e.g. WO 2019/123456 A1.")]
    [InlineData("   ", "Enter the publication number, e.g. WO 2019/123456 A1.")]
    [InlineData("patent pending",
        "“patent pending” is not a publication number: write the office code, the number and the kind code if known, e.g. WO 2019/123456 A1, US 10,123,456 B2 or EP 3 123 456 A1.")]
    [InlineData("2019/123456",
        "“2019/123456” is not a publication number: write the office code, the number and the kind code if known, e.g. WO 2019/123456 A1, US 10,123,456 B2 or EP 3 123 456 A1.")]
    [InlineData("XX 1234567 A1", "“XX” is not a patent office this registry accepts: use WO, US, EP, JP, CN, KR, CA, AU, FR, GB or DE.")]
    [InlineData("WO 2019/12345 A1", "WO (PCT) publication numbers have the year and a 6-digit serial number, e.g. WO 2019/123456 A1.")]
    [InlineData("WO 1960/123456", "WO (PCT) publication numbers have the year and a 6-digit serial number, e.g. WO 2019/123456 A1.")]
    [InlineData("EP 312 345 A1", "EP publication numbers have 7 digits, e.g. EP 3 123 456 A1.")]
    [InlineData("US 123 B2",
        "US publication numbers have 7 or 8 digits (patents) or the year and 7 digits (application publications), e.g. US 10,123,456 B2.")]
    [InlineData("KR 30-1234567 B1",
        "KR publication numbers have 10 or 20 followed by 7 digits (patents) or by the year and 7 digits (applications), e.g. KR 10-2019-0123456 A.")]
    [InlineData("EP 3 123 456 C5",
        "“C5” is not a kind code of EP publications: use one of A1, A2, A3, A4, A8, A9, B1, B2, B3, B8, B9, or leave it out.")]
    [InlineData("GB 2 561 234 B1", "“B1” is not a kind code of GB publications: use one of A, B, C, or leave it out.")]
    public void Malformed_numbers_are_refused_with_a_message_that_shows_the_right_form(string typed, string message)
    {
        var result = PatentNumber.Normalize(typed);

        Assert.False(result.IsValid);
        Assert.Null(result.Number);
        Assert.Equal(message, result.Problem);
    }
}
