using Monolith.BuildingBlocks.Calendar;
using Monolith.Modules.LegalAid.Domain;

namespace Monolith.Modules.LegalAid.Tests.Unit;

/// <summary>
/// The worker's periods legal aid computes from a starting day, on the official calendar: the trigger day is not
/// counted, a year ends on the corresponding day (or the month's last), a last day in a 法定休假日 moves to the first
/// working day after it, a make-up working weekend does not.
/// </summary>
public sealed class WorkerTimeLimitTests
{
    [Theory]
    [InlineData((int)TimeLimitKind.ArbitrationLimitation, "2025-10-01", "2026-10-08")]  // ends 2026-10-01, National Day → first working day after the holiday
    [InlineData((int)TimeLimitKind.ArbitrationLimitation, "2025-02-28", "2026-02-28")]  // Sat 2026-02-28 is a make-up working day: no roll
    [InlineData((int)TimeLimitKind.ArbitrationLimitation, "2025-03-31", "2026-03-31")]  // month end to month end
    [InlineData((int)TimeLimitKind.WageArbitrationAfterTermination, "2025-02-16", "2026-02-24")] // ends 02-16, in the Spring Festival holiday
    [InlineData((int)TimeLimitKind.SuitAgainstFinalAward, "2026-01-31", "2026-02-24")]  // month end; ends Sun 02-15, the first day of the Spring Festival holiday
    [InlineData((int)TimeLimitKind.SuitAgainstNonFinalAward, "2026-09-20", "2026-10-08")] // received on a make-up Sunday; ends 10-05 in the holiday
    [InlineData((int)TimeLimitKind.SuitAgainstFinalAward, "2026-02-13", "2026-02-28")]  // ends Sat 02-28, a make-up working day and February's end
    public void A_period_runs_from_the_day_after_its_start_and_rolls_past_holidays(int kind, string startsOn, string expiresOn) =>
        Assert.Equal(D(expiresOn), WorkerTimeLimits.Compute((TimeLimitKind)kind, D(startsOn), WorkingDayCalendar.Official).DueDate);

    [Fact]
    public void Each_period_states_its_article()
    {
        Assert.Equal("《劳动争议调解仲裁法》第四十八条", WorkerTimeLimits.For(TimeLimitKind.SuitAgainstFinalAward).LegalBasis);
        Assert.Equal("《劳动争议调解仲裁法》第五十条", WorkerTimeLimits.For(TimeLimitKind.SuitAgainstNonFinalAward).LegalBasis);
        Assert.Throws<ArgumentOutOfRangeException>(() => WorkerTimeLimits.For(TimeLimitKind.Stated));
    }

    private static DateOnly D(string date) => DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture);
}
