using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using TrialRegistry.Accounts;
using TrialRegistry.Auditing;
using TrialRegistry.Data;
using TrialRegistry.DemoData;
using TrialRegistry.Testing;
using TrialRegistry.Trials;
using TrialRegistry.Trials.Editing;

namespace TrialRegistry.Tests.Trials.Editing;

/// <summary>
/// A database with the demo data and two investigators: one of APHP (the seed trial's sponsor), one
/// of University College London. The users are plain rows: these tests never sign in.
/// </summary>
public sealed class EditingDatabase : PostgresDatabase, IAsyncLifetime
{
    public const string SeedTrial = "NCT03562065";

    /// <summary>A day on which the seed trial's record is valid as published (its estimated dates still ahead).</summary>
    public static readonly DateOnly Today = new(2022, 1, 15);

    public Actor AphpInvestigator { get; private set; } = null!;

    public Actor UclInvestigator { get; private set; } = null!;

    public static Actor Admin { get; } = new("admin-user-id", "admin@example.org", IsAdmin: true, "127.0.0.1");

    public new async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await new DemoDataLoader(new Factory(this), NullLogger<DemoDataLoader>.Instance).LoadAsync();
        await using var db = CreateContext();
        var aphp = await db.Trials.Where(t => t.RegistryId == SeedTrial).Select(t => t.LeadSponsorId).SingleAsync();
        var ucl = await db.Organizations.Where(o => o.NormalizedName == "university college london").Select(o => o.Id).SingleAsync();
        AphpInvestigator = await AddInvestigatorAsync(db, "investigator@aphp.example.org", aphp);
        UclInvestigator = await AddInvestigatorAsync(db, "investigator@ucl.example.org", ucl);
        await AddSeedCopiesAsync(db);
    }

    /// <summary>
    /// Imported-looking copies of the seed trial (APHP's, valid on <see cref="Today"/>, no version
    /// yet), NCT90000001 to NCT90000009: each test edits its own, so none depends on another's edits.
    /// </summary>
    public static string Copy(int number) => $"NCT9000000{number}";

    private static async Task AddSeedCopiesAsync(RegistryDbContext db)
    {
        var seed = await db.Trials.AsNoTracking().WithRecord().SingleAsync(t => t.RegistryId == SeedTrial);
        var draft = TrialDraftMapping.FromTrial(seed);
        for (var number = 1; number <= 9; number++)
        {
            var copy = new Trial
            {
                RegistryId = Copy(number),
                BriefTitle = string.Empty,
                Source = seed.Source,
                CreatedAt = seed.CreatedAt,
                UpdatedAt = seed.UpdatedAt,
            };
            Assert.Empty(await TrialDraftMapping.ApplyToAsync(copy, draft.Clone(), db));
            db.Trials.Add(copy);
        }

        await db.SaveChangesAsync();
    }

    private static async Task<Actor> AddInvestigatorAsync(RegistryDbContext db, string email, int organizationId)
    {
        var user = new RegistryUser { UserName = email, NormalizedUserName = email.ToUpperInvariant(), Email = email, DisplayName = email };
        user.Memberships.Add(new OrganizationMembership { UserId = user.Id, OrganizationId = organizationId });
        db.Users.Add(user);
        await db.SaveChangesAsync();
        return new Actor(user.Id, email, IsAdmin: false, "127.0.0.1");
    }

    private sealed class Factory(PostgresDatabase database) : IDbContextFactory<RegistryDbContext>
    {
        public RegistryDbContext CreateDbContext() => database.CreateContext();
    }
}
