using TrialRegistry.LinkedRecords.Editing;

// Not TrialRegistry.Tests.LinkedRecords: that namespace would hide TrialRegistry.LinkedRecords from the other test folders.
namespace TrialRegistry.Tests.LinkedRecordEditing;

public sealed class DoiAndCurrencyTests
{
    [Theory]
    [InlineData("10.1016/j.jcyt.2019.03.001", "10.1016/j.jcyt.2019.03.001")]
    [InlineData(" https://doi.org/10.1002/sctm.19-0123 ", "10.1002/sctm.19-0123")]
    [InlineData("http://dx.doi.org/10.1186/s13287-020-01720-4", "10.1186/s13287-020-01720-4")]
    [InlineData("doi: 10.1038/NM.4321", "10.1038/NM.4321")]
    [InlineData("10.1000.10/abc(1)", "10.1000.10/abc(1)")]
    public void A_doi_is_stored_bare_however_it_was_pasted(string typed, string stored)
        => Assert.Equal(stored, Doi.Normalize(typed));

    [Theory]
    [InlineData("1016/j.jcyt.2019.03.001")]
    [InlineData("10.12/short-registrant")]
    [InlineData("10.1016")]
    [InlineData("10.1016/")]
    [InlineData("https://example.org/10.1016/j.jcyt")]
    [InlineData("10.1016/with space")]
    [InlineData("")]
    public void Text_that_is_not_a_doi_is_refused(string typed)
        => Assert.Null(Doi.Normalize(typed));

    [Theory]
    [InlineData("EUR", "EUR")]
    [InlineData(" usd ", "USD")]
    [InlineData("jpy", "JPY")]
    [InlineData("ZWG", "ZWG")]
    [InlineData("XCG", "XCG")]
    public void Active_currency_codes_are_accepted_in_upper_case(string typed, string stored)
        => Assert.Equal(stored, CurrencyCodes.Normalize(typed));

    [Theory]
    [InlineData("FRF")] // replaced by the euro
    [InlineData("HRK")] // Croatia joined the euro in 2023
    [InlineData("ZWL")] // replaced by ZWG in 2024
    [InlineData("XAU")] // gold: not a currency a deal is announced in
    [InlineData("EURO")]
    [InlineData("€")]
    public void Withdrawn_and_made_up_codes_are_refused(string typed)
        => Assert.Null(CurrencyCodes.Normalize(typed));
}
