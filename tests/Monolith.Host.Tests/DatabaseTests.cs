using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.SqlServer.TransactSql.ScriptDom;
using Monolith.BuildingBlocks.Modules;
using Monolith.BuildingBlocks.Persistence;
using Monolith.Host.Tests.Infrastructure;
using Monolith.Testing;

namespace Monolith.Host.Tests;

/// <summary>
/// The database as shipped: migrations in step with the model for every engine, applied on start and only once,
/// a SQL Server script that parses and is safe to re-run, a PostgreSQL script, table names that cannot collide in one
/// SQLite file and carry no module prefix where schemas separate them, and a valid AutoMapper configuration.
/// </summary>
public sealed class DatabaseTests(HostFactory host) : IClassFixture<HostFactory>
{
    [Fact]
    public void Every_context_has_migrations_in_step_with_its_model_for_every_engine()
    {
        var problems = new List<string>();
        var contexts = ProviderContexts.All(host.Services);
        var providers = host.Services.GetServices<IDatabaseProvider>().ToList();
        foreach (var context in contexts)
        {
            foreach (var provider in providers)
            {
                using var db = ProviderContexts.Create(context, provider);
                if (!db.Database.GetMigrations().Any())
                {
                    problems.Add($"{context.ContextType.Name} has no {provider.Name} migrations.");
                }

                if (db.Database.HasPendingModelChanges())
                {
                    problems.Add($"{context.ContextType.Name} has model changes without a {provider.Name} migration: run build/add-migration.sh <Name> <Module>.");
                }
            }
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
        Assert.Equal(["Sqlite", "SqlServer", "PostgreSql"], providers.Select(p => p.Name));
        Assert.Equal(7, contexts.Count); // the platform module and the six agency modules, and no context twice
        Assert.Equal(contexts.Count, contexts.Select(c => c.ContextType).Distinct().Count());
    }

    [Fact]
    public async Task The_service_started_on_an_empty_file_applies_every_migration_and_started_again_applies_none()
    {
        using var database = new TestDatabase();
        if (database.FilePath is { } file)
        {
            await File.WriteAllBytesAsync(file, []);
        }

        int expected;
        await using (var first = StartOver(database))
        {
            await first.InitializeAsync();
            expected = AssertEveryMigrationApplied(first);
            Assert.Equal(expected, MigrationsApplied(first));
        }

        await using var second = StartOver(database);
        await second.InitializeAsync();

        Assert.Equal(expected, AssertEveryMigrationApplied(second));
        Assert.Equal(0, MigrationsApplied(second));
        Assert.True(expected >= ProviderContexts.All(second.Services).Count);
    }

    [Fact]
    public void The_SQL_Server_script_parses_without_errors_and_covers_every_module_schema()
    {
        var script = SchemaScript.Generate(host.Services, "SqlServer");

        var errors = Parse(script, out _);

        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors.Take(10).Select(e => $"line {e.Line}: {e.Message}")));
        foreach (var context in ProviderContexts.All(host.Services))
        {
            Assert.Contains($"CREATE TABLE [{context.Schema}].[__EFMigrationsHistory]", script, StringComparison.Ordinal);
            Assert.Contains($"EXEC sp_rename N'[{context.Schema}].[{TablePrefix(context)}Outbox]', N'Outbox', 'OBJECT';", script, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_SQL_Server_script_guards_every_CREATE_TABLE_with_a_migrations_history_check_so_it_can_be_run_again()
    {
        var script = SchemaScript.Generate(host.Services, "SqlServer");
        Parse(script, out var fragment);
        var guards = new GuardCollector();

        fragment.Accept(guards);

        var textualCount = script.Split("CREATE TABLE ").Length - 1;
        Assert.True(guards.Tables.Count > ProviderContexts.All(host.Services).Count);
        Assert.Equal(textualCount, guards.Tables.Count);
        var unguarded = guards.Tables.Where(t => !IsGuarded(t)).Select(t => t.Table).ToList();
        Assert.True(unguarded.Count == 0, "Not guarded by a __EFMigrationsHistory check: " + string.Join(", ", unguarded));
    }

    [Fact]
    public void A_broken_copy_of_the_SQL_Server_script_fails_the_parse_check()
    {
        var script = SchemaScript.Generate(host.Services, "SqlServer");
        const string closing = "PRIMARY KEY ([Id])";
        var at = script.IndexOf(closing, StringComparison.Ordinal);
        Assert.True(at >= 0);
        var broken = script.Remove(at + closing.Length - 1, 1);

        Assert.NotEmpty(Parse(broken, out _));
    }

    [Fact]
    public void The_PostgreSQL_script_creates_every_module_schema_with_its_history_table_and_unprefixed_tables()
    {
        var script = SchemaScript.Generate(host.Services, "PostgreSql");

        foreach (var context in ProviderContexts.All(host.Services))
        {
            // PostgreSQL quotes a schema named with a reserved word ("union").
            var schema = script.Contains($"CREATE SCHEMA \"{context.Schema}\";", StringComparison.Ordinal) ? $"\"{context.Schema}\"" : context.Schema;
            Assert.Contains($"CREATE SCHEMA {schema};", script, StringComparison.Ordinal);
            Assert.Contains($"CREATE TABLE IF NOT EXISTS {schema}.\"__EFMigrationsHistory\"", script, StringComparison.Ordinal);
            Assert.Contains($"CREATE TABLE {schema}.\"Outbox\"", script, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void On_engines_with_schemas_tables_are_named_without_the_modules_prefix()
    {
        foreach (var provider in host.Services.GetServices<IDatabaseProvider>().Where(p => p.HasSchemas))
        {
            foreach (var context in ProviderContexts.All(host.Services))
            {
                using var db = ProviderContexts.Create(context, provider);
                var tables = db.Model.GetEntityTypes().Select(e => e.GetTableName()).OfType<string>().Distinct().ToList();
                Assert.Contains("Outbox", tables);
                Assert.All(tables, t => Assert.False(t.StartsWith(TablePrefix(context), StringComparison.Ordinal), $"{provider.Name}: {context.Schema}.{t} keeps the module prefix"));
                Assert.All(db.Model.GetEntityTypes(), e => Assert.Equal(context.Schema, e.GetSchema()));
            }
        }
    }

    [Fact]
    public void Every_table_name_is_unique_across_contexts_and_starts_with_its_modules_name()
    {
        var owners = new Dictionary<string, string>();
        var historyTables = new HashSet<string>();
        foreach (var context in ProviderContexts.All(host.Services))
        {
            using var db = ProviderContexts.Create(context, host.Services.GetServices<IDatabaseProvider>().Single(p => !p.HasSchemas));
            var prefix = TablePrefix(context);
            var tables = db.Model.GetEntityTypes().Select(e => e.GetTableName()).OfType<string>().Distinct().ToList();
            Assert.NotEmpty(tables);
            foreach (var table in tables)
            {
                Assert.True(table.StartsWith(prefix, StringComparison.Ordinal), $"{context.ContextType.Name}: table {table} does not start with {prefix}");
                Assert.True(owners.TryAdd(table, context.ContextType.Name), $"Table {table} is mapped by {owners.GetValueOrDefault(table)} and {context.ContextType.Name}");
            }

            var history = RelationalOptionsExtension.Extract(db.GetService<IDbContextOptions>()).MigrationsHistoryTableName;
            Assert.True(history is not null && historyTables.Add(history), $"{context.ContextType.Name} shares the SQLite history table {history}");
        }

        Assert.Contains("ArbitrationOutbox", owners.Keys);
    }

    [Fact]
    public void The_AutoMapper_configuration_is_valid_and_holds_the_modules_maps()
    {
        var configuration = host.Services.GetRequiredService<AutoMapper.IConfigurationProvider>();

        configuration.AssertConfigurationIsValid();

        var destinations = configuration.GetAllTypeMaps().Select(m => m.DestinationType.Namespace ?? string.Empty).ToList();
        Assert.Contains(destinations, n => n.StartsWith("Monolith.Modules.Arbitration", StringComparison.Ordinal));
        Assert.Contains(destinations, n => n.StartsWith("Monolith.Modules.LegalAid", StringComparison.Ordinal));
        Assert.Contains(destinations, n => n.StartsWith("Monolith.Modules.Supervision", StringComparison.Ordinal));
    }

    private static HostFactory StartOver(TestDatabase database)
    {
        var factory = HostFactory.Over(database.ConnectionString);
        factory.Settings["Logging:LogLevel:Microsoft.EntityFrameworkCore.Migrations"] = "Information";
        return factory;
    }

    /// <summary>Asserts that every context's migrations are recorded as applied; returns how many there are in all.</summary>
    private static int AssertEveryMigrationApplied(HostFactory factory)
    {
        using var scope = factory.Services.CreateScope();
        var total = 0;
        foreach (var db in DatabaseInitializer.AllContexts(scope.ServiceProvider))
        {
            var all = db.Database.GetMigrations().ToList();
            Assert.NotEmpty(all);
            Assert.Equal(all, db.Database.GetAppliedMigrations());
            Assert.Empty(db.Database.GetPendingMigrations());
            total += all.Count;
        }

        return total;
    }

    private static int MigrationsApplied(HostFactory factory) =>
        factory.Logs.Entries.Count(e => e.EventId.Id == RelationalEventId.MigrationApplying.Id);

    private string TablePrefix(ContextDescriptor context) =>
        host.Services.GetRequiredService<ModuleCatalog>().Modules.SingleOrDefault(m => m.DbContextType == context.ContextType)!.Info.Name;

    private static IList<ParseError> Parse(string script, out TSqlFragment fragment)
    {
        var parser = new TSql170Parser(initialQuotedIdentifiers: true);
        using var reader = new StringReader(script);
        fragment = parser.Parse(reader, out var errors);
        return errors;
    }

    /// <summary>
    /// The history table itself is created under "IF OBJECT_ID(N'[s].[__EFMigrationsHistory]') IS NULL"; every other
    /// table under "IF NOT EXISTS (SELECT * FROM [s].[__EFMigrationsHistory] WHERE [MigrationId] = N'…')".
    /// </summary>
    private static bool IsGuarded(GuardedTable table) =>
        table.Table.EndsWith("[__EFMigrationsHistory]", StringComparison.Ordinal)
            ? table.Guards.Any(g => g.StartsWith("OBJECT_ID", StringComparison.OrdinalIgnoreCase) && g.Contains(table.Table, StringComparison.Ordinal))
            : table.Guards.Any(g => g.StartsWith("NOT EXISTS", StringComparison.OrdinalIgnoreCase)
                && g.Contains($"FROM {table.Table[..(table.Table.IndexOf("].[", StringComparison.Ordinal) + 2)]}[__EFMigrationsHistory]", StringComparison.Ordinal)
                && g.Contains("[MigrationId] =", StringComparison.Ordinal));

    private sealed record GuardedTable(string Table, IReadOnlyList<string> Guards);

    /// <summary>Every CREATE TABLE with the predicates of the IF statements it is nested in.</summary>
    private sealed class GuardCollector : TSqlFragmentVisitor
    {
        private readonly Stack<string> guards = new();

        public List<GuardedTable> Tables { get; } = [];

        public override void ExplicitVisit(IfStatement node)
        {
            guards.Push(Text(node.Predicate));
            base.ExplicitVisit(node);
            guards.Pop();
        }

        public override void Visit(CreateTableStatement node) =>
            Tables.Add(new GuardedTable(Text(node.SchemaObjectName), guards.ToList()));

        private static string Text(TSqlFragment fragment) =>
            string.Concat(Enumerable.Range(fragment.FirstTokenIndex, fragment.LastTokenIndex - fragment.FirstTokenIndex + 1)
                .Select(i => fragment.ScriptTokenStream[i].Text))
                .ReplaceLineEndings(" ");
    }
}
