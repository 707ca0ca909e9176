using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MediatR;
using Monolith.BuildingBlocks.Contracts;
using Monolith.BuildingBlocks.Linkage;
using Monolith.BuildingBlocks.Persistence;
using Monolith.BuildingBlocks.Tests.TestModules.Duties;
using Monolith.BuildingBlocks.Tests.TestModules.Publisher;
using Monolith.Testing;

namespace Monolith.BuildingBlocks.Tests.Integration;

/// <summary>
/// Linkage numbers issued by two test modules: the publisher serves labour inspection ("JC"), the duties module legal
/// aid ("FY"). The division code comes from the host's appsettings.json (Nanchang, 360100).
/// </summary>
public sealed class LinkageNumberTests : IAsyncLifetime
{
    private PlatformFixture platform = null!;

    public async Task InitializeAsync() =>
        platform = await PlatformFixture.CreateAsync([new PublisherModule(), new DutiesModule()], policyProfile: null);

    public async Task DisposeAsync() => await platform.DisposeAsync();

    [Fact]
    public async Task Numbers_are_sequential_per_module_and_carry_the_modules_agency_code()
    {
        var first = await WriteNote();
        var second = await WriteNote();
        var legalAid = (await platform.SendAsync(new StartDutyCommand(DutyRules.SameDay))).LinkageNumber;
        var third = await WriteNote();

        Assert.Equal("360100-JC-2026-000001", first);
        Assert.Equal("360100-JC-2026-000002", second);
        Assert.Equal("360100-FY-2026-000001", legalAid);
        Assert.Equal("360100-JC-2026-000003", third);
    }

    [Fact]
    public async Task Numbering_restarts_at_one_in_a_new_local_year()
    {
        await WriteNote();
        platform.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 31, 23, 59, 0, TimeSpan.FromHours(8)));
        Assert.Equal("360100-JC-2026-000002", await WriteNote());

        // 00:30 on 1 January in China is still 31 December in UTC: the local year counts.
        platform.Clock.SetUtcNow(new DateTimeOffset(2027, 1, 1, 0, 30, 0, TimeSpan.FromHours(8)));
        Assert.Equal("360100-JC-2027-000001", await WriteNote());
        Assert.Equal("360100-JC-2027-000002", await WriteNote());
        Assert.Equal("360100-FY-2027-000001", (await platform.SendAsync(new StartDutyCommand(DutyRules.SameDay))).LinkageNumber);
    }

    [Fact]
    public async Task Commands_running_at_the_same_time_never_get_the_same_number()
    {
        var numbers = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => Task.Run(async () =>
        {
            using var scope = platform.Services.CreateScope();
            var id = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new WriteNoteCommand($"并发{i}"));
            return await LinkageNumberOf(id);
        })));

        Assert.Equal(Enumerable.Range(1, 8).Select(n => $"360100-JC-2026-{n:D6}"), numbers.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Where_the_engine_can_return_what_it_updated_a_number_costs_one_statement_inside_the_lock()
    {
        await WriteNote();
        var database = platform.Services.GetRequiredService<ActiveDatabase>();
        var counted = new CommandsExecuted();
        var options = new DbContextOptionsBuilder<PublisherDbContext>();
        DatabaseProviders.Configure(options, database.Provider, database.ConnectionString, PublisherModule.Descriptor.Schema);
        options.AddInterceptors(counted);
        await using var db = new PublisherDbContext(options.Options);
        await using var transaction = await db.Database.BeginTransactionAsync();

        using var scope = platform.Services.CreateScope();
        var number = await scope.ServiceProvider.GetRequiredService<LinkageNumberIssuer>().IssueAsync(db, CancellationToken.None);
        await transaction.CommitAsync();

        Assert.Equal("360100-JC-2026-000002", number);
        Assert.True(database.Provider.UpdateCanReturn, "SQLite and PostgreSQL both say RETURNING");
        Assert.Equal(1, counted.Count);
        Assert.Equal("360100-JC-2026-000003", await WriteNote());
    }

    /// <summary>Counts the statements EF Core sends.</summary>
    private sealed class CommandsExecuted : Microsoft.EntityFrameworkCore.Diagnostics.DbCommandInterceptor
    {
        public int Count { get; private set; }

        public override ValueTask<Microsoft.EntityFrameworkCore.Diagnostics.InterceptionResult<System.Data.Common.DbDataReader>> ReaderExecutingAsync(
            System.Data.Common.DbCommand command, Microsoft.EntityFrameworkCore.Diagnostics.CommandEventData eventData,
            Microsoft.EntityFrameworkCore.Diagnostics.InterceptionResult<System.Data.Common.DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Count++;
            return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
        }

        public override ValueTask<Microsoft.EntityFrameworkCore.Diagnostics.InterceptionResult<int>> NonQueryExecutingAsync(
            System.Data.Common.DbCommand command, Microsoft.EntityFrameworkCore.Diagnostics.CommandEventData eventData,
            Microsoft.EntityFrameworkCore.Diagnostics.InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            Count++;
            return base.NonQueryExecutingAsync(command, eventData, result, cancellationToken);
        }
    }

    [Fact]
    public async Task The_division_code_comes_from_the_deployment_settings()
    {
        await using var elsewhere = await PlatformFixture.CreateAsync(
            [new PublisherModule()], policyProfile: null, settings: new Dictionary<string, string?> { ["Deployment:DivisionCode"] = "360200" });

        var id = await elsewhere.SendAsync(new WriteNoteCommand("景德镇"));

        Assert.Equal("360200-JC-2026-000001", await elsewhere.QueryAsync<PublisherDbContext, string>(db => db.Notes.Where(n => n.Id == id).Select(n => n.LinkageNumber).SingleAsync()));
    }

    [Theory]
    [InlineData("JC")]
    [InlineData("ZC")]
    [InlineData("YP")]
    public void A_numbers_formatted_with_any_modules_code_is_well_formed(string code)
    {
        var number = LinkageNumber.Format("360100", code, 2026, 42);

        Assert.Equal($"360100-{code}-2026-000042", number);
        Assert.True(LinkageNumber.IsWellFormed(number));
    }

    [Theory]
    [InlineData("zc")]
    [InlineData("Z")]
    [InlineData("ZCX")]
    [InlineData("ＺＣ")]
    [InlineData("Z1")]
    public void A_module_code_must_be_two_capital_latin_letters(string code)
    {
        Assert.False(LinkageNumber.IsValidAgencyCode(code));
        Assert.False(LinkageNumber.IsWellFormed($"360100-{code}-2026-000042"));
    }

    [Fact]
    public async Task A_module_that_declares_no_code_cannot_issue_numbers()
    {
        await using var noCode = await PlatformFixture.CreateAsync([new Monolith.BuildingBlocks.Tests.TestModules.Subscriber.SubscriberModule()], policyProfile: null);
        using var scope = noCode.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<Monolith.BuildingBlocks.Tests.TestModules.Subscriber.SubscriberDbContext>();

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => scope.ServiceProvider.GetRequiredService<LinkageNumberIssuer>().IssueAsync(db, CancellationToken.None));
        Assert.Contains("no linkage code", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_sequence_beyond_six_digits_keeps_every_digit_and_stays_well_formed()
    {
        var number = LinkageNumber.Format("360100", "ZC", 2026, 1_234_567);

        Assert.Equal("360100-ZC-2026-1234567", number);
        Assert.True(LinkageNumber.IsWellFormed(number));
    }

    [Theory]
    [InlineData("360100-ZC-2026-000001")]
    [InlineData("360100-CK-2027-999999")]
    [InlineData("110000-JD-2026-0000001")]
    public void Well_formed_numbers_are_accepted(string value) => Assert.True(LinkageNumber.IsWellFormed(value));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("360100-Xx-2026-000001")] // a module code is two capital letters
    [InlineData("360100-zc-2026-000001")] // lower case
    [InlineData("36010-ZC-2026-000001")] // division code too short
    [InlineData("3601000-ZC-2026-000001")] // division code too long
    [InlineData("360100-ZC-26-000001")] // two-digit year
    [InlineData("360100-ZC-2026-00001")] // sequence too short
    [InlineData("360100ZC2026000001")] // no separators
    [InlineData("360100-ZC-2026-000001 ")] // trailing space
    [InlineData(" 360100-ZC-2026-000001")] // leading space
    [InlineData("360100-ZC-2026-000001\n")] // trailing line break
    [InlineData("３６０１００-ZC-２０２６-０００００１")] // full-width digits, as a Chinese input method types them
    [InlineData("٣٦٠١٠٠-ZC-2026-000001")] // other Unicode digits
    public void Malformed_numbers_are_rejected(string? value) => Assert.False(LinkageNumber.IsWellFormed(value));

    private async Task<string> WriteNote() => await LinkageNumberOf(await platform.SendAsync(new WriteNoteCommand("线索")));

    private Task<string> LinkageNumberOf(Guid noteId) =>
        platform.QueryAsync<PublisherDbContext, string>(db => db.Notes.Where(n => n.Id == noteId).Select(n => n.LinkageNumber).SingleAsync());
}
