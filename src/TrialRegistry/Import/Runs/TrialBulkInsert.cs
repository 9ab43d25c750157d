using Microsoft.EntityFrameworkCore;
using Npgsql;
using TrialRegistry.Data;
using TrialRegistry.Trials;

namespace TrialRegistry.Import.Runs;

/// <summary>
/// The import's fast path for new trials (docs/decisions/0019-import-copy.md): ids come from the
/// trials' identity sequence in one round trip, then the trials and each child table go in with one
/// binary COPY per table for the whole batch, inside the run's transaction (so all-or-nothing holds
/// as for EF Core's inserts). The organizations, conditions and products the trials point at must be
/// saved first: their ids are read from the navigations here.
/// </summary>
internal static class TrialBulkInsert
{
    public static async Task InsertAsync(RegistryDbContext db, IReadOnlyList<Trial> trials, CancellationToken cancellationToken)
    {
        if (trials.Count == 0)
        {
            return;
        }

        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        var ids = await AllocateIdsAsync(connection, trials.Count, cancellationToken);
        for (var i = 0; i < trials.Count; i++)
        {
            SetKeys(trials[i], ids[i]);
        }

        await CopyTable.For<Trial>(db, withKey: true).WriteAsync(connection, trials, cancellationToken);
        await CopyTable.For<TrialCollaborator>(db).WriteAsync(connection, trials.SelectMany(t => t.Collaborators), cancellationToken);
        await CopyTable.For<TrialSecondaryId>(db).WriteAsync(connection, trials.SelectMany(t => t.SecondaryIds), cancellationToken);
        await CopyTable.For<TrialCondition>(db).WriteAsync(connection, trials.SelectMany(t => t.Conditions), cancellationToken);
        await CopyTable.For<Arm>(db).WriteAsync(connection, trials.SelectMany(t => t.Arms), cancellationToken);
        await CopyTable.For<Intervention>(db).WriteAsync(connection, trials.SelectMany(t => t.Interventions), cancellationToken);
        await CopyTable.For<Outcome>(db).WriteAsync(connection, trials.SelectMany(t => t.Outcomes), cancellationToken);
        await CopyTable.For<Location>(db).WriteAsync(connection, trials.SelectMany(t => t.Locations), cancellationToken);
        await CopyTable.For<TrialContact>(db).WriteAsync(connection, trials.SelectMany(t => t.Contacts), cancellationToken);
    }

    /// <summary>Versions of trials that have their ids (new ones after <see cref="InsertAsync"/>, stored ones always).</summary>
    public static async Task InsertVersionsAsync(RegistryDbContext db, IReadOnlyList<TrialVersion> versions, CancellationToken cancellationToken)
    {
        if (versions.Count == 0)
        {
            return;
        }

        await CopyTable.For<TrialVersion>(db).WriteAsync((NpgsqlConnection)db.Database.GetDbConnection(), versions, cancellationToken);
    }

    private static async Task<int[]> AllocateIdsAsync(NpgsqlConnection connection, int count, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT nextval(pg_get_serial_sequence('trials', 'id'))::integer FROM generate_series(1, $1)", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = count });
        var ids = new int[count];
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        for (var i = 0; await reader.ReadAsync(cancellationToken); i++)
        {
            ids[i] = reader.GetInt32(0);
        }

        return ids;
    }

    /// <summary>The trial's id, and every foreign key from its navigations (EF Core would do this on save).</summary>
    private static void SetKeys(Trial trial, int id)
    {
        trial.Id = id;
        trial.LeadSponsorId = trial.LeadSponsor.Id;
        foreach (var collaborator in trial.Collaborators)
        {
            collaborator.TrialId = id;
            collaborator.OrganizationId = collaborator.Organization.Id;
        }

        foreach (var condition in trial.Conditions)
        {
            condition.TrialId = id;
            condition.ConditionId = condition.Condition.Id;
        }

        foreach (var intervention in trial.Interventions)
        {
            intervention.TrialId = id;
            intervention.ProductId = intervention.Product?.Id;
        }

        trial.SecondaryIds.ForEach(s => s.TrialId = id);
        trial.Arms.ForEach(a => a.TrialId = id);
        trial.Outcomes.ForEach(o => o.TrialId = id);
        trial.Locations.ForEach(l => l.TrialId = id);
        trial.Contacts.ForEach(c => c.TrialId = id);
    }
}
