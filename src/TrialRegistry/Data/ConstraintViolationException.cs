using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace TrialRegistry.Data;

/// <summary>
/// A save refused by a unique or foreign-key constraint, with a message that names the record and
/// field in domain terms ("Another Trial already has RegistryId 'NCT03562065'") instead of
/// PostgreSQL's constraint names. Callers can show <see cref="Exception.Message"/> to users.
/// </summary>
public sealed class ConstraintViolationException(
    string message, ConstraintViolationKind kind, string constraintName, IReadOnlyList<EntityEntry> entries, DbUpdateException inner)
    : DbUpdateException(message, inner, entries)
{
    public ConstraintViolationKind Kind { get; } = kind;

    public string ConstraintName { get; } = constraintName;
}

public enum ConstraintViolationKind
{
    Duplicate,
    MissingReference,
    ReferencedElsewhere,
}
