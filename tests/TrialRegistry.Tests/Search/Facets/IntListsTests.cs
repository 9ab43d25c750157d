using TrialRegistry.Search.Facets;

namespace TrialRegistry.Tests.Search.Facets;

/// <summary>The pooled lists keep every row's values through growth, holes and compaction.</summary>
public sealed class IntListsTests
{
    [Fact]
    public void Lists_that_grow_shrink_and_move_keep_every_rows_values()
    {
        var lists = new IntLists();
        var expected = new Dictionary<int, int[]>();
        var random = new Random(13);
        for (var step = 0; step < 20_000; step++)
        {
            var row = random.Next(300);
            var values = Enumerable.Range(0, random.Next(0, row % 7 == 0 ? 200 : 12)).Select(_ => random.Next()).ToArray();
            lists.Put(row, values);
            expected[row] = values;
            if (step % 5_000 == 4_999)
            {
                lists.TrimExcess(300);
            }
        }

        foreach (var (row, values) in expected)
        {
            Assert.Equal(values, lists[row].ToArray());
        }
    }
}
