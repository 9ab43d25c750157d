using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;

namespace TrialRegistry.Import.Runs;

/// <summary>
/// Writes entities of one type into their table with PostgreSQL's binary COPY, the columns and
/// value conversions taken from the EF Core model (docs/decisions/0019-import-copy.md): a column
/// added to an entity's configuration is copied without touching this code. Generated columns
/// (search vector, sort keys, xmin) are left to the server; the key is written only when asked
/// (trials get ids allocated beforehand, so their children can point at them).
/// </summary>
internal sealed class CopyTable
{
    private static readonly ConcurrentDictionary<(IModel Model, Type Type, bool WithKey), CopyTable> Tables = new();

    private readonly CopyColumn[] columns;
    private readonly string copyCommand;

    private CopyTable(IEntityType entityType, bool withKey)
    {
        var table = StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
        var list = new List<CopyColumn>();
        foreach (var property in entityType.GetProperties())
        {
            if (property.GetComputedColumnSql() is not null || property.ValueGenerated == ValueGenerated.OnAddOrUpdate
                || (property.IsPrimaryKey() && property.ValueGenerated == ValueGenerated.OnAdd && !withKey))
            {
                continue;
            }

            list.Add(CopyColumn.For(property, table, entityType.ClrType, container: null));
        }

        foreach (var complex in entityType.GetComplexProperties())
        {
            AddComplex(complex, table, entityType.ClrType, container: null, list);
        }

        columns = [.. list];
        var tableName = table.Schema is null ? Quote(table.Name) : $"{Quote(table.Schema)}.{Quote(table.Name)}";
        copyCommand = $"COPY {tableName} ({string.Join(", ", columns.Select(c => Quote(c.Name)))}) FROM STDIN (FORMAT BINARY)";
    }

    /// <summary>The copier of <typeparamref name="T"/>'s table in <paramref name="db"/>'s model (built once per model).</summary>
    public static CopyTable For<T>(DbContext db, bool withKey = false)
        => Tables.GetOrAdd(
            (db.Model, typeof(T), withKey),
            key => new CopyTable(key.Model.FindEntityType(key.Type) ?? throw new InvalidOperationException($"{key.Type.Name} is not an entity of the model."), key.WithKey));

    /// <summary>Copies <paramref name="rows"/> on the context's open connection (inside its transaction, if any); returns the count.</summary>
    public async Task<ulong> WriteAsync<T>(NpgsqlConnection connection, IEnumerable<T> rows, CancellationToken cancellationToken)
        where T : class
    {
        await using var importer = await connection.BeginBinaryImportAsync(copyCommand, cancellationToken);
        foreach (var row in rows)
        {
            await importer.StartRowAsync(cancellationToken);
            foreach (var column in columns)
            {
                var value = column.Read(row);
                if (value is null)
                {
                    await importer.WriteNullAsync(cancellationToken);
                }
                else
                {
                    await importer.WriteAsync(value, column.DataTypeName, cancellationToken);
                }
            }
        }

        return await importer.CompleteAsync(cancellationToken);
    }

    private static void AddComplex(IComplexProperty complex, StoreObjectIdentifier table, Type declaringType, Func<object, object?>? container, List<CopyColumn> list)
    {
        // A null complex value (an optional date) makes each of its columns null.
        var read = Getter(complex.PropertyInfo ?? throw new InvalidOperationException($"{complex.Name} has no CLR property."), declaringType);
        Func<object, object?> value = container is null ? read : entity => container(entity) is { } outer ? read(outer) : null;
        foreach (var property in complex.ComplexType.GetProperties())
        {
            list.Add(CopyColumn.For(property, table, complex.ComplexType.ClrType, value));
        }

        foreach (var nested in complex.ComplexType.GetComplexProperties())
        {
            AddComplex(nested, table, complex.ComplexType.ClrType, value, list);
        }
    }

    private static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    /// <summary>A compiled reader of one CLR property, boxed (reflection per value would cost more than the COPY).</summary>
    internal static Func<object, object?> Getter(PropertyInfo property, Type declaringType)
    {
        var instance = Expression.Parameter(typeof(object));
        var body = Expression.Convert(Expression.Property(Expression.Convert(instance, declaringType), property), typeof(object));
        return Expression.Lambda<Func<object, object?>>(body, instance).Compile();
    }

    private sealed record CopyColumn(string Name, string DataTypeName, Func<object, object?> Read)
    {
        public static CopyColumn For(IProperty property, StoreObjectIdentifier table, Type declaringType, Func<object, object?>? container)
        {
            var name = property.GetColumnName(table) ?? throw new InvalidOperationException($"{property.Name} has no column in {table.Name}.");
            var mapping = property.GetRelationalTypeMapping();
            var read = Getter(property.PropertyInfo ?? throw new InvalidOperationException($"{property.Name} is a shadow property; COPY reads CLR properties."), declaringType);
            var converter = mapping.Converter;
            Func<object, object?> value = container is null ? read : entity => container(entity) is { } owner ? read(owner) : null;
            Func<object, object?> provider = converter is null ? value : entity => value(entity) is { } v ? converter.ConvertToProvider(v) : null;
            return new CopyColumn(name, mapping.StoreTypeNameBase, provider);
        }
    }
}
