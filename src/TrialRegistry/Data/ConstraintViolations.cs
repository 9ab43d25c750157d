using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;

namespace TrialRegistry.Data;

/// <summary>Turns PostgreSQL constraint errors into <see cref="ConstraintViolationException"/>.</summary>
internal static class ConstraintViolations
{
    public static ConstraintViolationException? Translate(DbUpdateException exception, IModel model)
    {
        if (exception.InnerException is not PostgresException { ConstraintName: { } constraint } postgres)
        {
            return null;
        }

        return postgres.SqlState switch
        {
            PostgresErrorCodes.UniqueViolation => Duplicate(exception, model, constraint),
            PostgresErrorCodes.ForeignKeyViolation => ForeignKey(exception, model, constraint),
            _ => null,
        };
    }

    private static ConstraintViolationException Duplicate(DbUpdateException exception, IModel model, string constraint)
    {
        var index = model.GetEntityTypes().SelectMany(e => e.GetIndexes()).FirstOrDefault(i => i.GetDatabaseName() == constraint);
        var key = model.GetEntityTypes().SelectMany(e => e.GetKeys()).FirstOrDefault(k => k.GetName() == constraint);
        var entityType = index?.DeclaringEntityType ?? key?.DeclaringEntityType;
        var properties = index?.Properties ?? key?.Properties;
        var entry = exception.Entries.FirstOrDefault(e => entityType is not null && e.Metadata.ClrType == entityType.ClrType);

        var message = entityType is null || properties is null
            ? $"The record duplicates another one (constraint {constraint})."
            : $"Another {entityType.DisplayName()} already has " + string.Join(
                " and ",
                properties.Select(p => $"{p.Name} '{entry?.Property(p.Name).CurrentValue}'")) + ".";
        return new ConstraintViolationException(message, ConstraintViolationKind.Duplicate, constraint, exception.Entries, exception);
    }

    private static ConstraintViolationException ForeignKey(DbUpdateException exception, IModel model, string constraint)
    {
        var foreignKey = model.GetEntityTypes().SelectMany(e => e.GetForeignKeys()).FirstOrDefault(k => k.GetConstraintName() == constraint);
        var entry = exception.Entries.FirstOrDefault();
        if (foreignKey is null)
        {
            return new ConstraintViolationException(
                $"The record refers to, or is referred to by, a missing record (constraint {constraint}).",
                ConstraintViolationKind.MissingReference, constraint, exception.Entries, exception);
        }

        var dependent = foreignKey.DeclaringEntityType.DisplayName();
        var principal = foreignKey.PrincipalEntityType.DisplayName();
        var column = string.Join(", ", foreignKey.Properties.Select(p => p.Name));

        // The same constraint fails on insert/update of the dependent (missing principal) and on
        // delete of the principal (still referenced).
        return entry?.State == EntityState.Deleted && entry.Metadata.ClrType == foreignKey.PrincipalEntityType.ClrType
            ? new ConstraintViolationException(
                $"This {principal} cannot be deleted: a {dependent} still refers to it ({column}).",
                ConstraintViolationKind.ReferencedElsewhere, constraint, exception.Entries, exception)
            : new ConstraintViolationException(
                $"{dependent}.{column} refers to a {principal} that does not exist.",
                ConstraintViolationKind.MissingReference, constraint, exception.Entries, exception);
    }
}
