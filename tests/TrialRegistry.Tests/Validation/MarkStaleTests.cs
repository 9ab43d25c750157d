using Microsoft.EntityFrameworkCore;
using TrialRegistry.Testing;
using TrialRegistry.Trials;

namespace TrialRegistry.Tests.Validation;

/// <summary>The daily job's set-based UPDATE, on PostgreSQL, against the in-memory rule it must agree with.</summary>
public sealed class MarkStaleTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    private static readonly DateOnly Today = new(2025, 6, 15);

    [Fact]
    public async Task Marks_exactly_the_stale_active_trials_unknown_and_keeps_their_last_status()
    {
        var cases = new (string Id, OverallStatus Status, RegistryDate? Verified)[]
        {
            ("NCT90000001", OverallStatus.Recruiting, RegistryDate.Month(2023, 5)), // the month ended 2023-05-31 < 2023-06-15: stale
            ("NCT90000002", OverallStatus.Recruiting, RegistryDate.Month(2023, 6)), // ends 2023-06-30: two years ago at most, fresh
            ("NCT90000003", OverallStatus.NotYetRecruiting, null), // never verified: nothing says it is old, left as it is
            ("NCT90000004", OverallStatus.EnrollingByInvitation, RegistryDate.Day(2023, 6, 14)), // stale
            ("NCT90000005", OverallStatus.ActiveNotRecruiting, RegistryDate.Day(2023, 6, 15)), // exactly two years: fresh
            ("NCT90000006", OverallStatus.ActiveNotRecruiting, new RegistryDate(new DateOnly(2022, 1, 1), DatePrecision.Year)), // stale
            ("NCT90000007", OverallStatus.Recruiting, new RegistryDate(new DateOnly(2023, 1, 1), DatePrecision.Year)), // ends 2023-12-31: fresh
            ("NCT90000008", OverallStatus.Completed, RegistryDate.Month(2015, 1)), // not active
            ("NCT90000009", OverallStatus.Unknown, RegistryDate.Month(2015, 1)), // already unknown
            ("NCT90000010", OverallStatus.Terminated, null), // not active
        };
        await using (var db = database.CreateContext())
        {
            var sponsor = TestTrials.Sponsor("Stale Sponsor");
            foreach (var (id, status, verified) in cases)
            {
                var trial = TestTrials.New(id, sponsor);
                trial.OverallStatus = status;
                trial.LastKnownStatus = status == OverallStatus.Unknown ? OverallStatus.Recruiting : null;
                trial.StatusVerifiedDate = verified;
                db.Trials.Add(trial);
            }

            await db.SaveChangesAsync();
        }

        // What the in-memory rule says, on copies of the same rows.
        var expected = cases.ToDictionary(
            c => c.Id,
            c =>
            {
                var copy = TestTrials.New(c.Id, TestTrials.Sponsor());
                (copy.OverallStatus, copy.StatusVerifiedDate) = (c.Status, c.Verified);
                copy.LastKnownStatus = c.Status == OverallStatus.Unknown ? OverallStatus.Recruiting : null;
                TrialStatusRules.ApplyStaleness(copy, Today);
                return (copy.OverallStatus, copy.LastKnownStatus);
            });

        int changed;
        await using (var db = database.CreateContext())
        {
            changed = await TrialStatusRules.MarkStaleAsync(db, Today, CancellationToken.None);
        }

        await using (var db = database.CreateContext())
        {
            var actual = await db.Trials.ToDictionaryAsync(t => t.RegistryId, t => (t.OverallStatus, t.LastKnownStatus));
            Assert.Equal(expected.OrderBy(e => e.Key, StringComparer.Ordinal), actual.OrderBy(e => e.Key, StringComparer.Ordinal));
        }

        Assert.Equal(3, changed);
        Assert.Equal((OverallStatus.Unknown, OverallStatus.Recruiting), expected["NCT90000001"]);
        Assert.Equal((OverallStatus.NotYetRecruiting, (OverallStatus?)null), expected["NCT90000003"]);
        Assert.Equal((OverallStatus.Unknown, OverallStatus.EnrollingByInvitation), expected["NCT90000004"]);
        Assert.Equal((OverallStatus.Unknown, OverallStatus.ActiveNotRecruiting), expected["NCT90000006"]);

        // A second run the same day finds nothing left to do.
        await using (var db = database.CreateContext())
        {
            Assert.Equal(0, await TrialStatusRules.MarkStaleAsync(db, Today, CancellationToken.None));
        }
    }
}
