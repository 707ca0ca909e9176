using Hangfire;
using Hangfire.SqlServer;
using Microsoft.Data.SqlClient;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Monolith.BuildingBlocks.Persistence;

namespace Monolith.Providers.SqlServer;

/// <summary>SQL Server: one schema per module, Hangfire's tables in the "hangfire" schema, jobs kept across restarts.</summary>
public sealed class SqlServerProvider : IDatabaseProvider
{
    public static readonly SqlServerProvider Instance = new();

    private SqlServerProvider()
    {
    }

    public string Name => "SqlServer";

    public bool HasSchemas => true;

    public bool IsEmbedded => false;

    public bool OneWriterAtATime => false;

    /// <summary>SQL Server says OUTPUT, not RETURNING; the counter is updated and then read.</summary>
    public bool UpdateCanReturn => false;

    public string OfflineConnectionString => "Server=sqlserver;Database=Monolith;Integrated Security=true;TrustServerCertificate=true";

    public string MigrationsAssembly => "Monolith.Migrations.SqlServer";

    public void Configure(DbContextOptionsBuilder builder, string connectionString, string schema) =>
        builder.UseSqlServer(connectionString, sql => sql
            .MigrationsAssembly(MigrationsAssembly)
            .MigrationsHistoryTable("__EFMigrationsHistory", schema));

    public void ConfigureConventions(ModelConfigurationBuilder configuration)
    {
    }

    /// <summary>
    /// Hangfire's own tables, created by Hangfire on first start unless the DBA has run its script
    /// (docs/deployment.md, "SQL Server: what the DBA runs").
    /// </summary>
    public JobStorage CreateJobStorage(string connectionString) => new SqlServerStorage(
        () => new SqlConnection(connectionString),
        new SqlServerStorageOptions { SchemaName = "hangfire", PrepareSchemaIfNecessary = true });

    public Task PrepareAsync(string connectionString, CancellationToken cancellationToken) => Task.CompletedTask;

    public string? DefaultPersonalDataKeyFile(string connectionString) => null;

    /// <summary>An application lock (sp_getapplock) owned by the session.</summary>
    /// <summary>The start-up lock is EF Core's migrations lock itself.</summary>
    public bool StartupLockSpansMigrations => false;

    public async Task<IAsyncDisposable> AcquireStartupLockAsync(DbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return await db.GetService<IHistoryRepository>().AcquireDatabaseLockAsync(cancellationToken);
    }

    public async Task<IReadOnlyCollection<string>> ExistingTablesAsync(DbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var schema = db.Model.GetDefaultSchema();
        return await db.Database.SqlQuery<string>($"SELECT TABLE_NAME AS Value FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = {schema}").ToListAsync(cancellationToken);
    }
}
