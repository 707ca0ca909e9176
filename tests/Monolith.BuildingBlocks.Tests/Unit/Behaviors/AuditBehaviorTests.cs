using MediatR;
using Monolith.BuildingBlocks.Application;
using Monolith.BuildingBlocks.Application.Behaviors;
using Monolith.BuildingBlocks.Auditing;
using Monolith.BuildingBlocks.Contracts;
using Monolith.BuildingBlocks.Domain;
using Monolith.BuildingBlocks.Modules;
using Monolith.BuildingBlocks.Persistence;
using NSubstitute;

namespace Monolith.BuildingBlocks.Tests.Unit.Behaviors;

public sealed class AuditBehaviorTests
{
    private const string CaseId = "360100-ZC-2026-000042";

    private readonly IAuditLog auditLog = Substitute.For<IAuditLog>();

    // The requests below belong to a module named "Cases" (they live in the Owned namespace); the other ones to none.
    private readonly ModuleCatalog modules = new(
    [
        new ModuleRegistration(
            new ModuleInfo("Cases", "cases", "测试案件模块", "测试机构"),
            typeof(ModuleDbContext),
            typeof(AuditBehaviorTests).Assembly,
            t => t.Namespace == typeof(Owned.AcceptCaseCommand).Namespace),
    ]);

    [Fact]
    public async Task A_command_is_recorded_as_succeeded_with_its_module_action_and_the_subject_it_names()
    {
        var response = await Run(new Owned.AcceptCaseCommand(CaseId), () => Task.FromResult(7));

        Assert.Equal(7, response);
        await auditLog.Received(1).RecordAsync(AuditKind.Command, "Cases.AcceptCase", CaseId, AuditOutcome.Succeeded, null, Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task A_command_whose_response_names_the_subject_is_recorded_with_that_subject()
    {
        var created = new Owned.CreatedCase("360100-ZC-2026-000043");

        var response = await Run(new Owned.RegisterCaseCommand("张三"), () => Task.FromResult(created));

        Assert.Same(created, response);
        await auditLog.Received(1).RecordAsync(
            AuditKind.Command, "Cases.RegisterCase", "360100-ZC-2026-000043", AuditOutcome.Succeeded, null, Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task The_subject_of_the_response_takes_precedence_over_the_subject_of_the_request()
    {
        await Run(new Owned.RenumberCaseCommand(CaseId), () => Task.FromResult(new Owned.CreatedCase("360100-ZC-2026-000099")));

        await auditLog.Received(1).RecordAsync(
            AuditKind.Command, "Cases.RenumberCase", "360100-ZC-2026-000099", AuditOutcome.Succeeded, null, Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task A_command_that_names_no_subject_is_recorded_without_one()
    {
        await Run(new Owned.TidyUpCommand(), () => Task.FromResult(0));

        await auditLog.Received(1).RecordAsync(AuditKind.Command, "Cases.TidyUp", null, AuditOutcome.Succeeded, null, Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task A_command_no_module_owns_is_recorded_as_a_platform_action()
    {
        await Run(new PlatformChoreCommand(), () => Task.FromResult(0));

        await auditLog.Received(1).RecordAsync(AuditKind.Command, "Platform.PlatformChore", null, AuditOutcome.Succeeded, null, Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task A_read_of_personal_data_is_recorded_with_its_subject()
    {
        await Run(new Owned.ApplicantDetailsQuery(CaseId), () => Task.FromResult("张三"));

        await auditLog.Received(1).RecordAsync(
            AuditKind.PersonalDataRead, "Cases.ApplicantDetails", CaseId, AuditOutcome.Succeeded, null, Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task A_read_of_personal_data_that_finds_nothing_is_recorded_as_not_found()
    {
        await Assert.ThrowsAsync<NotFoundException>(
            () => Run<Owned.ApplicantDetailsQuery, string>(new Owned.ApplicantDetailsQuery(CaseId), () => throw new NotFoundException("案件", CaseId)));

        await auditLog.Received(1).RecordAsync(
            AuditKind.PersonalDataRead, "Cases.ApplicantDetails", CaseId, AuditOutcome.NotFound, "案件", Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task A_plain_query_is_not_recorded_whether_it_succeeds_or_fails()
    {
        var next = Substitute.For<RequestHandlerDelegate<int>>();
        next.Invoke().Returns(3, 4);

        Assert.Equal(3, await Behavior<Owned.CountCasesQuery, int>().Handle(new Owned.CountCasesQuery(), CancellationToken.None, next));
        await Assert.ThrowsAsync<InvalidOperationException>(
            () => Run<Owned.CountCasesQuery, int>(new Owned.CountCasesQuery(), () => throw new InvalidOperationException("数据库不可用")));

        await next.Received(1).Invoke();
        Assert.Empty(auditLog.ReceivedCalls());
    }

    [Fact]
    public async Task A_command_that_fails_validation_is_recorded_as_rejected_naming_the_fields_and_the_exception_is_rethrown()
    {
        var thrown = new RequestValidationException(new Dictionary<string, string[]>
        {
            ["applicant.idNumber"] = ["身份证号无效。"],
            ["claims[0].amount"] = ["金额须大于0。"],
        });

        var caught = await Assert.ThrowsAsync<RequestValidationException>(() => Run<Owned.AcceptCaseCommand, int>(new Owned.AcceptCaseCommand(CaseId), () => throw thrown));

        Assert.Same(thrown, caught);
        await auditLog.Received(1).RecordAsync(
            AuditKind.Command, "Cases.AcceptCase", CaseId, AuditOutcome.Rejected, "applicant.idNumber,claims[0].amount", Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task A_command_refused_by_a_business_rule_is_recorded_as_refused_with_the_rule_code_and_rethrown()
    {
        var thrown = new BusinessRuleViolationException("cases.already-accepted", "该案件已受理。");

        var caught = await Assert.ThrowsAsync<BusinessRuleViolationException>(() => Run<Owned.AcceptCaseCommand, int>(new Owned.AcceptCaseCommand(CaseId), () => throw thrown));

        Assert.Same(thrown, caught);
        await auditLog.Received(1).RecordAsync(
            AuditKind.Command, "Cases.AcceptCase", CaseId, AuditOutcome.Refused, "cases.already-accepted", Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task A_command_on_something_unknown_is_recorded_as_not_found_and_rethrown()
    {
        var thrown = new NotFoundException("仲裁申请", CaseId);

        var caught = await Assert.ThrowsAsync<NotFoundException>(() => Run<Owned.AcceptCaseCommand, int>(new Owned.AcceptCaseCommand(CaseId), () => throw thrown));

        Assert.Same(thrown, caught);
        await auditLog.Received(1).RecordAsync(AuditKind.Command, "Cases.AcceptCase", CaseId, AuditOutcome.NotFound, "仲裁申请", Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task A_command_that_crashes_is_recorded_as_failed_with_the_exception_type_and_rethrown()
    {
        var thrown = new TimeoutException("数据库超时");

        var caught = await Assert.ThrowsAsync<TimeoutException>(() => Run<Owned.AcceptCaseCommand, int>(new Owned.AcceptCaseCommand(CaseId), () => throw thrown));

        Assert.Same(thrown, caught);
        await auditLog.Received(1).RecordAsync(AuditKind.Command, "Cases.AcceptCase", CaseId, AuditOutcome.Failed, "TimeoutException", Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task Each_request_is_recorded_exactly_once()
    {
        await Run(new Owned.AcceptCaseCommand(CaseId), () => Task.FromResult(1));
        await Assert.ThrowsAsync<TimeoutException>(() => Run<Owned.AcceptCaseCommand, int>(new Owned.AcceptCaseCommand(CaseId), () => throw new TimeoutException()));

        Assert.Equal(2, auditLog.ReceivedCalls().Count());
    }

    [Fact]
    public async Task The_entry_is_written_even_when_the_caller_cancels_the_request()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAsync<OperationCanceledException>(() => Behavior<Owned.AcceptCaseCommand, int>().Handle(
            new Owned.AcceptCaseCommand(CaseId), cancelled.Token, () => throw new OperationCanceledException(cancelled.Token)));

        await auditLog.Received(1).RecordAsync(
            AuditKind.Command, "Cases.AcceptCase", CaseId, AuditOutcome.Failed, "OperationCanceledException", Arg.Is<CancellationToken>(t => !t.IsCancellationRequested));
    }

    [Fact]
    public async Task The_request_is_handled_before_the_entry_is_written()
    {
        var order = new List<string>();
        auditLog.RecordAsync(default, default!, default, default, default, default).ReturnsForAnyArgs(_ =>
        {
            order.Add("audit");
            return Task.CompletedTask;
        });

        await Run(new Owned.AcceptCaseCommand(CaseId), () =>
        {
            order.Add("handler");
            return Task.FromResult(1);
        });

        Assert.Equal(["handler", "audit"], order);
    }

    private Task<TResponse> Run<TRequest, TResponse>(TRequest request, Func<Task<TResponse>> handler)
        where TRequest : IRequest<TResponse> =>
        Behavior<TRequest, TResponse>().Handle(request, CancellationToken.None, () => handler());

    private AuditBehavior<TRequest, TResponse> Behavior<TRequest, TResponse>()
        where TRequest : IRequest<TResponse> => new(auditLog, modules, new UnitOfWorkScope(), new PersonalDataReads(), new UnitOfWorkResolver(modules), Substitute.For<IServiceProvider>());

    internal sealed record PlatformChoreCommand : ICommand<int>;
}
