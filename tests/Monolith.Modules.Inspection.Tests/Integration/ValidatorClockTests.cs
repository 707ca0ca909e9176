using FluentValidation;
using Microsoft.Extensions.DependencyInjection;
using Monolith.Modules.Inspection.Features.Investigation;
using Monolith.Modules.Inspection.Features.RegisterMatter;
using Monolith.Testing;

namespace Monolith.Modules.Inspection.Tests.Integration;

/// <summary>
/// Validators are built once for the life of the service (issue #14), so a rule about "today" must read the clock when it
/// validates: one that read it when built would still judge by the day the service started.
/// </summary>
public sealed class ValidatorClockTests : IAsyncLifetime
{
    private static readonly DateOnly Tuesday = new(2026, 3, 3);
    private static readonly DateOnly Wednesday = new(2026, 3, 4);

    private PlatformFixture platform = null!;

    public async Task InitializeAsync() => platform = await TestKit.PlatformAsync();

    public async Task DisposeAsync() => await platform.DisposeAsync();

    [Fact]
    public void The_dates_rules_judge_by_the_day_they_validate_on_not_the_day_the_validator_was_built()
    {
        var register = Validator<RegisterMatterCommand>();
        var inquiry = Validator<IssueInquiryCommand>();
        var penalty = Validator<DecidePenaltyCommand>();
        var registration = TestKit.Complaint() with { ViolationStartedOn = Wednesday, ViolationEndedOn = Wednesday };
        var summons = new IssueInquiryCommand(Guid.NewGuid(), Tuesday, new TimeOnly(9, 30), "市劳动保障监察支队", "工资发放记录");
        var decision = new DecidePenaltyCommand(Guid.NewGuid(), "罚款2万元", 20_000m, Wednesday);

        // Monday: Wednesday is still ahead, and Tuesday may still be set for an inquiry.
        Assert.Equal(["ViolationEndedOn", "ViolationStartedOn"], register.Validate(registration).Errors.Select(e => e.PropertyName).Order(StringComparer.Ordinal));
        Assert.True(inquiry.Validate(summons).IsValid);
        Assert.Equal("HearingHeldOn", Assert.Single(penalty.Validate(decision).Errors).PropertyName);

        platform.Clock.Advance(TimeSpan.FromDays(3)); // Thursday

        Assert.Same(register, Validator<RegisterMatterCommand>());
        Assert.True(register.Validate(registration).IsValid);
        Assert.Equal("AppearOn", Assert.Single(inquiry.Validate(summons).Errors).PropertyName);
        Assert.True(penalty.Validate(decision).IsValid);
    }

    private IValidator<T> Validator<T>()
    {
        using var scope = platform.Services.CreateScope();
        return scope.ServiceProvider.GetRequiredService<IValidator<T>>();
    }
}
