using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace Monolith.BuildingBlocks.Persistence;

/// <summary>
/// Encrypts, at start-up, personal-data values that a build before ADR 0042 stored in plain text: every column the
/// model marks as personal data, row by row, in one transaction per table. A database written only by this build has
/// none, and the pass costs one indexed-or-scanned query per column.
/// </summary>
internal static class PersonalDataUpgrade
{
    public static async Task<int> EncryptPlainValuesAsync(ModuleDbContext db, CancellationToken cancellationToken)
    {
        var sql = db.GetService<ISqlGenerationHelper>();
        var encrypted = 0;
        foreach (var table in db.Model.GetRelationalModel().Tables)
        {
            var columns = table.Columns
                .Where(c => c.PropertyMappings.Any(m => m.Property.FindAnnotation(PersonalDataColumns.Annotation) is not null))
                .Select(c => c.Name)
                .ToList();
            if (columns.Count == 0 || table.PrimaryKey is null)
            {
                continue;
            }

            var name = sql.DelimitIdentifier(table.Name, table.Schema);
            var keys = table.PrimaryKey.Columns.Select(c => c.Name).ToList();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var connection = db.Database.GetDbConnection();
            foreach (var column in columns)
            {
                var plain = await PlainValuesAsync(connection, transaction.GetDbTransaction(), sql, name, keys, column, cancellationToken);
                foreach (var (key, value) in plain)
                {
                    await using var update = connection.CreateCommand();
                    update.Transaction = transaction.GetDbTransaction();
                    update.CommandText = $"UPDATE {name} SET {sql.DelimitIdentifier(column)} = @value WHERE "
                        + string.Join(" AND ", keys.Select((k, i) => $"{sql.DelimitIdentifier(k)} = @k{i}"));
                    AddParameter(update, "@value", db.Protector.Protect(value));
                    for (var i = 0; i < keys.Count; i++)
                    {
                        AddParameter(update, $"@k{i}", key[i]);
                    }

                    encrypted += await update.ExecuteNonQueryAsync(cancellationToken);
                }
            }

            await transaction.CommitAsync(cancellationToken);
        }

        return encrypted;
    }

    private static async Task<List<(object[] Key, string Value)>> PlainValuesAsync(
        DbConnection connection, DbTransaction transaction, ISqlGenerationHelper sql, string table, List<string> keys, string column, CancellationToken cancellationToken)
    {
        await using var select = connection.CreateCommand();
        select.Transaction = transaction;
        var quoted = sql.DelimitIdentifier(column);
        select.CommandText = $"SELECT {string.Join(", ", keys.Select(k => sql.DelimitIdentifier(k)))}, {quoted} FROM {table} "
            + $"WHERE {quoted} IS NOT NULL AND {quoted} NOT LIKE '{PersonalDataProtector.Prefix}%'";
        var rows = new List<(object[], string)>();
        await using var reader = await select.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var key = new object[keys.Count];
            for (var i = 0; i < keys.Count; i++)
            {
                key[i] = reader.GetValue(i);
            }

            rows.Add((key, reader.GetString(keys.Count)));
        }

        return rows;
    }

    private static void AddParameter(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
