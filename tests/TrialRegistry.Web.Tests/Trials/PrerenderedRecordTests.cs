using TrialRegistry.Trials;
using TrialRegistry.Web.Components.Pages.Trials.Record;

namespace TrialRegistry.Web.Tests.Trials;

public sealed class PrerenderedRecordTests
{
    [Fact]
    public void A_record_round_trips_through_its_packed_form()
    {
        var record = new Sample("NCT03562065", RegistryDate.Day(2019, 9, 11, DateType.Actual), [Phase.Phase1, Phase.Phase2], new string('x', 5000));

        var packed = PrerenderedRecord.Pack(record);

        Assert.NotNull(packed);
        Assert.True(packed.Length < 1000, $"Repetitive text compresses: {packed.Length} bytes.");
        var unpacked = PrerenderedRecord.Unpack<Sample>(packed);
        Assert.NotNull(unpacked);
        Assert.Equal(record.Id, unpacked.Id);
        Assert.Equal(record.Start, unpacked.Start);
        Assert.Equal(record.Phases, unpacked.Phases);
        Assert.Equal(record.Text, unpacked.Text);
    }

    [Fact]
    public void A_record_over_the_budget_is_not_packed()
    {
        // Random text does not compress: this one would break the circuit's first message.
        var random = new Random(42);
        var text = new string(Enumerable.Range(0, PrerenderedRecord.BudgetBytes * 2).Select(_ => (char)random.Next(0x21, 0x7e)).ToArray());

        Assert.Null(PrerenderedRecord.Pack(new Sample("NCT00000001", null, [], text)));
    }

    public sealed record Sample(string Id, RegistryDate? Start, List<Phase> Phases, string Text);
}
