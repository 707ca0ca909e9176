using Monolith.BuildingBlocks.Calendar;
using Monolith.Modules.Arbitration.Domain;

namespace Monolith.Modules.Arbitration.Tests.Unit;

/// <summary>仲裁时效 (调解仲裁法 第二十七条) against the official 2025/2026 holiday schedules.</summary>
public sealed class LimitationCalculatorTests
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.Official;

    private static LimitationAssessment Assess(
        ClaimType type, string? knew, string applied, string? ended = null, params LimitationEvent[] events) =>
        LimitationCalculator.Assess(type, knew is null ? null : DateOnly.Parse(knew, System.Globalization.CultureInfo.InvariantCulture), ended is null ? null : DateOnly.Parse(ended, System.Globalization.CultureInfo.InvariantCulture), events, DateOnly.Parse(applied, System.Globalization.CultureInfo.InvariantCulture), Calendar);

    private static LimitationEvent Interruption(string on) => new(Guid.NewGuid(), LimitationEventKind.Interruption, DateOnly.Parse(on, System.Globalization.CultureInfo.InvariantCulture), null, "向劳动保障监察机构投诉");

    private static LimitationEvent Suspension(string from, string? to) =>
        new(Guid.NewGuid(), LimitationEventKind.Suspension, DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture), to is null ? null : DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture), "住院治疗");

    [Fact]
    public void One_year_from_the_day_the_worker_knew_ends_on_the_corresponding_day()
    {
        var result = Assess(ClaimType.EconomicCompensation, "2025-03-10", "2026-03-02");

        Assert.Equal(LimitationVerdict.Within, result.Verdict);
        Assert.Equal(new DateOnly(2026, 3, 10), result.LastDay);
        Assert.False(result.IsWarning);
    }

    [Fact]
    public void A_last_day_on_a_make_up_working_Saturday_does_not_roll_so_two_days_later_is_late()
    {
        // 2026-02-28 is a Saturday worked for Spring Festival (调休上班).
        var result = Assess(ClaimType.EconomicCompensation, "2025-02-28", "2026-03-02");

        Assert.Equal(LimitationVerdict.Expired, result.Verdict);
        Assert.Equal(new DateOnly(2026, 2, 28), result.LastDay);
        Assert.True(result.IsWarning);
        Assert.Contains("不得据此不予受理", result.Steps[^1], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2026-02-24", (int)LimitationVerdict.Within)]
    [InlineData("2026-02-25", (int)LimitationVerdict.Expired)]
    public void A_last_day_in_the_Spring_Festival_holiday_moves_to_the_first_working_day_after_it(string applied, int verdict)
    {
        var result = Assess(ClaimType.UnlawfulTerminationDamages, "2025-02-15", applied);

        Assert.Equal((LimitationVerdict)verdict, result.Verdict);
        Assert.Equal(new DateOnly(2026, 2, 24), result.LastDay);
        Assert.Contains(result.Steps, s => s.Contains("法定休假日（春节）", StringComparison.Ordinal) && s.Contains("顺延至2026-02-24", StringComparison.Ordinal));
    }

    [Fact]
    public void A_year_from_29_February_ends_on_28_February()
    {
        var result = Assess(ClaimType.EconomicCompensation, "2024-02-29", "2025-03-01");

        Assert.Equal(new DateOnly(2025, 2, 28), result.LastDay);
        Assert.Equal(LimitationVerdict.Expired, result.Verdict);
    }

    [Fact]
    public void An_interruption_starts_the_year_again_from_its_day()
    {
        var result = Assess(ClaimType.EconomicCompensation, "2024-12-01", "2026-03-02", null, Interruption("2025-06-01"));

        Assert.Equal(LimitationVerdict.Within, result.Verdict);
        Assert.Equal(new DateOnly(2026, 6, 1), result.LastDay);
        Assert.Contains(result.Steps, s => s.Contains("2025-06-01时效中断", StringComparison.Ordinal));
    }

    [Fact]
    public void An_interruption_after_the_period_ended_does_not_revive_it()
    {
        var result = Assess(ClaimType.EconomicCompensation, "2024-01-10", "2025-03-05", null, Interruption("2025-03-01"));

        Assert.Equal(LimitationVerdict.Expired, result.Verdict);
        Assert.Equal(new DateOnly(2025, 1, 10), result.LastDay);
        Assert.Contains(result.Steps, s => s.Contains("发生在时效届满之后", StringComparison.Ordinal));
    }

    [Fact]
    public void A_suspension_adds_the_days_it_lasted_and_the_new_last_day_rolls_over_the_holiday()
    {
        // 2026-01-20 + 30 days = 2026-02-19, inside Spring Festival → 2026-02-24.
        var result = Assess(ClaimType.EconomicCompensation, "2025-01-20", "2026-02-24", null, Suspension("2025-05-01", "2025-05-31"));

        Assert.Equal(LimitationVerdict.Within, result.Verdict);
        Assert.Equal(new DateOnly(2026, 2, 24), result.LastDay);
        Assert.Contains(result.Steps, s => s.Contains("中止30日不计入", StringComparison.Ordinal));
    }

    [Fact]
    public void A_suspension_still_lasting_when_the_worker_applies_is_reported_as_such()
    {
        var result = Assess(ClaimType.EconomicCompensation, "2025-01-20", "2026-03-02", null, Suspension("2025-12-01", null));

        Assert.Equal(LimitationVerdict.Suspended, result.Verdict);
        Assert.Null(result.LastDay);
    }

    [Theory]
    [InlineData((int)ClaimType.UnpaidWages)]
    [InlineData((int)ClaimType.OvertimePay)]
    public void Unpaid_remuneration_while_the_employment_lasts_is_not_barred(int type)
    {
        var result = Assess((ClaimType)type, "2020-01-01", "2026-03-02");

        Assert.Equal(LimitationVerdict.Exempt, result.Verdict);
        Assert.Contains("第二十七条第四款", result.Steps.Single(), StringComparison.Ordinal);
    }

    [Fact]
    public void Unpaid_wages_after_the_employment_ended_count_a_year_from_its_end_whatever_the_worker_knew_before()
    {
        // 2026-03-01 is a Sunday → Monday 2026-03-02.
        var result = Assess(ClaimType.UnpaidWages, "2023-05-01", "2026-03-02", "2025-03-01");

        Assert.Equal(LimitationVerdict.Within, result.Verdict);
        Assert.Equal(new DateOnly(2026, 3, 2), result.LastDay);
    }

    [Fact]
    public void Without_the_day_the_worker_knew_nothing_is_computed_and_the_clerk_is_warned()
    {
        var result = Assess(ClaimType.EconomicCompensation, null, "2026-03-02");

        Assert.Equal(LimitationVerdict.Unknown, result.Verdict);
        Assert.True(result.IsWarning);
    }

    [Fact]
    public void A_suspension_cannot_end_before_it_starts() =>
        Assert.Equal("arbitration.suspension-ends-before-it-starts",
            Assert.Throws<Monolith.BuildingBlocks.Domain.BusinessRuleViolationException>(() => Suspension("2025-05-01", "2025-04-30")).Code);
}
