using TrialRegistry.CtGovApi.Search;

namespace TrialRegistry.Tests.CtGovApi.Search;

public sealed class StudyWalkSnapshotsTests
{
    private readonly ManualTime time = new();

    [Fact]
    public void A_walk_is_kept_while_used_and_dropped_an_hour_after_its_last_page()
    {
        var snapshots = new StudyWalkSnapshots(time);
        var key = snapshots.Add([3, 1, 2]);

        time.Now += TimeSpan.FromMinutes(50);
        Assert.Equal([3, 1, 2], snapshots.Find(key)!);
        time.Now += TimeSpan.FromMinutes(50);
        Assert.Equal([3, 1, 2], snapshots.Find(key)!);

        time.Now += StudyWalkSnapshots.IdleLifetime + TimeSpan.FromSeconds(1);
        Assert.Null(snapshots.Find(key));
        Assert.Null(snapshots.Find("not-a-walk"));
    }

    [Fact]
    public void Expired_walks_give_their_memory_back_when_the_next_walk_starts()
    {
        var snapshots = new StudyWalkSnapshots(time);
        snapshots.Add(new int[1000]);
        time.Now += StudyWalkSnapshots.IdleLifetime + TimeSpan.FromMinutes(1);

        var key = snapshots.Add(new int[10]);

        Assert.Equal(10, snapshots.HeldIds);
        Assert.NotNull(snapshots.Find(key));
    }

    private sealed class ManualTime : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => Now;
    }
}
