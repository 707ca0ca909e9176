using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Monolith.BuildingBlocks.Demo;
using Monolith.BuildingBlocks.Modules;
using Monolith.BuildingBlocks.Persistence;
using Monolith.Host.Tests.Infrastructure;
using Monolith.Testing;

namespace Monolith.Host.Tests.Security;

/// <summary>
/// Issue #7, defect 7 (ADR 0042): resident ID numbers and phones are encrypted in every module's tables and in the
/// outbox and inbox payloads that carry them between modules; they read back in clear through the API; a lookup by ID
/// number still finds its matter; values an older build stored in clear are encrypted when the service starts.
/// </summary>
public sealed partial class PersonalDataAtRestTests(HostFactory host) : IClassFixture<HostFactory>
{
    [SqliteOnlyFact]
    public async Task No_id_number_or_mobile_is_stored_in_clear_anywhere_in_the_database_file()
    {
        var clerk = await host.ClientFor("arbitration");
        var reviewer = await host.ClientFor("legalaid");
        var officer = await host.ClientFor("inspection");
        var fake = new FakeIdentity(7201);
        var application = Api.NewApplication(fake);
        var idNumber = application["applicant"]!["residentIdNumber"]!.GetValue<string>();
        var phone = application["applicant"]!["phone"]!.GetValue<string>();

        // Arbitration stores the worker and refers them to legal aid: the referral event carries the ID number and
        // phone through Arbitration's outbox into LegalAid's inbox and tables.
        var (id, linkageNumber) = await clerk.RegisterAsync(application);
        await clerk.ReferAsync(id);
        await reviewer.WaitForLegalAidApplicationAsync(linkageNumber);
        var complaint = await RegisterComplaintAsync(officer, new FakeIdentity(7202));

        var stored = await TextCellsAsync();
        var clear = stored.Where(c => IdNumberPattern().IsMatch(c.Value) || MobilePattern().IsMatch(c.Value)).Select(c => c.Where).Distinct().ToList();
        Assert.True(clear.Count == 0, "ID numbers or mobiles in clear in: " + string.Join(", ", clear));
        Assert.DoesNotContain(stored, c => c.Value.Contains(idNumber, StringComparison.Ordinal) || c.Value.Contains(phone, StringComparison.Ordinal));

        // Every module that keeps people stores them encrypted, and the payloads that moved between modules are too.
        var encrypted = stored.Where(c => PersonalDataProtector.IsProtected(c.Value)).Select(c => c.Where.Split('.')[0]).ToHashSet();
        Assert.Contains(encrypted, t => t.StartsWith("Arbitration", StringComparison.Ordinal));
        Assert.Contains(encrypted, t => t.StartsWith("LegalAid", StringComparison.Ordinal));
        Assert.Contains(encrypted, t => t.StartsWith("Inspection", StringComparison.Ordinal));
        Assert.Contains("ArbitrationOutbox", encrypted);
        Assert.Contains("LegalAidInbox", encrypted);

        // What staff see is the clear value, and a search by ID number (an equality on the encrypted column) still works.
        var details = await clerk.GetJsonAsync($"{Api.Applications}/{id}");
        Assert.Equal(idNumber, details.GetProperty("applicant").Text("residentIdNumber"));
        Assert.Equal(phone, details.GetProperty("applicant").Text("phone"));
        var legalAid = await reviewer.WaitForLegalAidApplicationAsync(linkageNumber);
        var legalAidDetails = await reviewer.GetJsonAsync($"{Api.LegalAidApplications}/{legalAid.GetProperty("id").GetGuid()}");
        Assert.Contains(idNumber, legalAidDetails.ToString(), StringComparison.Ordinal);
        var open = await officer.GetJsonAsync($"/api/inspection/cases/open-matters?creditCode={complaint.CreditCode}&residentIdNumber={complaint.IdNumber}");
        Assert.Contains(complaint.LinkageNumber, open.ToString(), StringComparison.Ordinal);
    }

    [SqliteOnlyFact]
    public async Task Values_an_older_build_stored_in_clear_are_encrypted_at_the_next_start_and_still_read()
    {
        var clerk = await host.ClientFor("arbitration");
        var application = Api.NewApplication(new FakeIdentity(7203));
        var idNumber = application["applicant"]!["residentIdNumber"]!.GetValue<string>();
        var (id, _) = await clerk.RegisterAsync(application);

        string table, column;
        using (var scope = host.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ModuleCatalog>().DbContext(scope.ServiceProvider, "Arbitration");
            var property = PersonalDataColumns.In(db.Model).First(p => p.Name == "ResidentIdNumber");
            table = property.DeclaringType.GetTableName()!;
            column = property.GetColumnName();
        }

        await using (var connection = new SqliteConnection(host.ConnectionString))
        {
            await connection.OpenAsync();
            await using var rewind = connection.CreateCommand();
            rewind.CommandText = $"UPDATE \"{table}\" SET \"{column}\" = $clear WHERE \"{column}\" IS NOT NULL";
            rewind.Parameters.AddWithValue("$clear", idNumber);
            Assert.True(await rewind.ExecuteNonQueryAsync() > 0);
        }

        // Read as it is before the upgrade: nothing breaks for rows written in clear.
        Assert.Equal(idNumber, (await clerk.GetJsonAsync($"{Api.Applications}/{id}")).GetProperty("applicant").Text("residentIdNumber"));

        await using (var restarted = HostFactory.Over(host.ConnectionString))
        {
            await restarted.InitializeAsync();
            var again = await restarted.ClientFor("arbitration");
            Assert.Equal(idNumber, (await again.GetJsonAsync($"{Api.Applications}/{id}")).GetProperty("applicant").Text("residentIdNumber"));
        }

        var cells = await TextCellsAsync();
        Assert.DoesNotContain(cells, c => c.Where == $"{table}.{column}" && !PersonalDataProtector.IsProtected(c.Value));
        Assert.DoesNotContain(cells, c => c.Value == idNumber);
    }

    [Fact]
    public void Every_column_named_for_an_id_number_phone_or_mobile_is_encrypted()
    {
        using var scope = host.Services.CreateScope();
        var unprotected = new List<string>();
        foreach (var module in scope.ServiceProvider.GetRequiredService<ModuleCatalog>().Modules)
        {
            var model = module.DbContext(scope.ServiceProvider).Model;
            var protectedProperties = PersonalDataColumns.In(model).ToHashSet();
            unprotected.AddRange(model.GetEntityTypes().SelectMany(e => e.GetDeclaredProperties())
                .Where(p => p.ClrType == typeof(string) && PersonalDataName().IsMatch(p.Name) && !protectedProperties.Contains(p))
                .Select(p => $"{p.DeclaringType.DisplayName()}.{p.Name}"));
        }

        Assert.Empty(unprotected);
    }

    private static async Task<(string LinkageNumber, string IdNumber, string CreditCode)> RegisterComplaintAsync(HttpClient officer, FakeIdentity fake)
    {
        var idNumber = fake.ResidentIdNumber();
        var creditCode = fake.CreditCode();
        using var registered = await officer.PostJsonAsync("/api/inspection/cases", new JsonObject
        {
            ["kind"] = "Complaint",
            ["channel"] = "JointWindow",
            ["workers"] = new JsonArray(new JsonObject
            {
                ["name"] = fake.PersonName(), ["residentIdNumber"] = idNumber, ["phone"] = fake.MobileNumber(), ["isMigrantWorker"] = true,
            }),
            ["employer"] = new JsonObject { ["name"] = fake.EmployerName(), ["creditCode"] = creditCode, ["address"] = "南昌市东湖区某路1号" },
            ["divisionCode"] = "360102",
            ["category"] = "UnpaidWages",
            ["facts"] = "2026年1月至2月工资未发放",
            ["amountInvolved"] = 12000m,
            ["violationStartedOn"] = "2026-01-01",
            ["violationEndedOn"] = "2026-02-28",
        });
        Assert.Equal(HttpStatusCode.Created, registered.StatusCode);
        return ((await registered.ReadJsonAsync()).Text("linkageNumber"), idNumber, creditCode);
    }

    /// <summary>Every text value in every table of the database file, as "table.column".</summary>
    private async Task<List<(string Where, string Value)>> TextCellsAsync()
    {
        var cells = new List<(string, string)>();
        await using var connection = new SqliteConnection(host.ConnectionString);
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'";
            await using var reader = await list.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        foreach (var table in tables)
        {
            await using var select = connection.CreateCommand();
            select.CommandText = $"SELECT * FROM \"{table}\"";
            await using var reader = await select.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    if (!reader.IsDBNull(i) && reader.GetValue(i) is string text)
                    {
                        cells.Add(($"{table}.{reader.GetName(i)}", text));
                    }
                }
            }
        }

        return cells;
    }

    [GeneratedRegex(@"(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])")]
    private static partial Regex IdNumberPattern();

    [GeneratedRegex(@"(?<![0-9A-Za-z])1[3-9]\d{9}(?![0-9A-Za-z])")] // not inside a GUID's hex digits
    private static partial Regex MobilePattern();

    [GeneratedRegex("(IdNumber|IdentityNumber|Phone|Mobile|Telephone)", RegexOptions.IgnoreCase)]
    private static partial Regex PersonalDataName();
}
