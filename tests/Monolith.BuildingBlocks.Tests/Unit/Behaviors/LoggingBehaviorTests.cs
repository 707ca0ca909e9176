using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Monolith.BuildingBlocks.Application;
using Monolith.BuildingBlocks.Application.Behaviors;
using Monolith.BuildingBlocks.Identity;
using NSubstitute;

namespace Monolith.BuildingBlocks.Tests.Unit.Behaviors;

public sealed class LoggingBehaviorTests
{
    private readonly CapturingLogger<LoggingBehavior<SignUpCommand, int>> logger = new();
    private readonly ICurrentUser user = Substitute.For<ICurrentUser>();
    private readonly UnitOfWorkScope unitOfWork = new();

    public LoggingBehaviorTests() => user.UserName.Returns("arbitration");

    [Fact]
    public async Task A_handled_request_is_logged_once_at_information_level_with_its_name_and_user()
    {
        var response = await Behavior().Handle(new SignUpCommand(), CancellationToken.None, () => Task.FromResult(42));

        Assert.Equal(42, response);
        var entry = Assert.Single(logger.Entries);
        Assert.Equal(LogLevel.Information, entry.Level);
        Assert.StartsWith("SignUpCommand by arbitration handled in ", entry.Message, StringComparison.Ordinal);
        Assert.EndsWith(" ms", entry.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failed_request_is_logged_once_as_a_warning_with_the_error_type_not_its_message_and_the_exception_is_rethrown()
    {
        var thrown = new InvalidOperationException("数据库连接已断开");

        var caught = await Assert.ThrowsAsync<InvalidOperationException>(
            () => Behavior().Handle(new SignUpCommand(), CancellationToken.None, () => throw thrown));

        Assert.Same(thrown, caught);
        var entry = Assert.Single(logger.Entries);
        Assert.Equal(LogLevel.Warning, entry.Level);
        Assert.StartsWith("SignUpCommand by arbitration failed after ", entry.Message, StringComparison.Ordinal);
        Assert.EndsWith(": InvalidOperationException: -", entry.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("数据库连接已断开", entry.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_refusal_is_logged_with_its_code_not_its_message_which_may_name_a_person()
    {
        var thrown = new Monolith.BuildingBlocks.Domain.BusinessRuleViolationException("legalaid.lawyer-inactive", "张三 已不在法律援助人员名册中，不能指派。");

        await Assert.ThrowsAsync<Monolith.BuildingBlocks.Domain.BusinessRuleViolationException>(
            () => Behavior().Handle(new SignUpCommand(), CancellationToken.None, () => throw thrown));

        var entry = Assert.Single(logger.Entries);
        Assert.EndsWith(": BusinessRuleViolationException: legalaid.lawyer-inactive", entry.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("张三", entry.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_validation_failure_is_logged_with_its_fields_and_rethrown_unchanged()
    {
        var thrown = RequestValidationException.For("userName", "请输入用户名。");

        var caught = await Assert.ThrowsAsync<RequestValidationException>(
            () => Behavior().Handle(new SignUpCommand(), CancellationToken.None, () => throw thrown));

        Assert.Same(thrown, caught);
        var entry = Assert.Single(logger.Entries);
        Assert.Equal(LogLevel.Warning, entry.Level);
        Assert.EndsWith("RequestValidationException: userName", entry.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_handler_runs_exactly_once()
    {
        var next = Substitute.For<RequestHandlerDelegate<int>>();
        next.Invoke().Returns(5);

        await Behavior().Handle(new SignUpCommand(), CancellationToken.None, next);

        await next.Received(1).Invoke();
    }

    [Fact]
    public async Task A_request_sent_inside_another_requests_unit_of_work_logs_its_success_at_debug_and_its_failure_as_a_warning()
    {
        await using var db = new DbContext(new DbContextOptionsBuilder().UseSqlite("Data Source=:memory:").Options);
        unitOfWork.Enter(db);

        await Behavior().Handle(new SignUpCommand(), CancellationToken.None, () => Task.FromResult(1));
        await Assert.ThrowsAsync<InvalidOperationException>(
            () => Behavior().Handle(new SignUpCommand(), CancellationToken.None, () => throw new InvalidOperationException()));

        Assert.Equal([LogLevel.Debug, LogLevel.Warning], logger.Entries.Select(e => e.Level));
        Assert.EndsWith(" ms, within an open unit of work", logger.Entries[0].Message, StringComparison.Ordinal);
        await unitOfWork.ExitAsync(committed: true);
        await Behavior().Handle(new SignUpCommand(), CancellationToken.None, () => Task.FromResult(1));
        Assert.Equal(LogLevel.Information, logger.Entries[2].Level);
    }

    private LoggingBehavior<SignUpCommand, int> Behavior() => new(logger, user, unitOfWork);

    public sealed record SignUpCommand : ICommand<int>;

    private sealed record LogEntry(LogLevel Level, string Message);

    /// <summary>Keeps every formatted message; enabled at every level.</summary>
    private sealed class CapturingLogger<T> : ILogger<T>
    {
        public List<LogEntry> Entries { get; } = [];

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Entries.Add(new LogEntry(logLevel, formatter(state, exception)));
    }
}
