using Microsoft.Extensions.Options;

namespace Monolith.BuildingBlocks.Time;

/// <summary>Bound from the "Deployment" configuration section: who runs this instance and in which time zone.</summary>
public sealed class DeploymentOptions
{
    public const string Section = "Deployment";

    /// <summary>GB/T 2260 division code of the municipality; the first part of every linkage number.</summary>
    public string DivisionCode { get; set; } = "360100";

    public string CityName { get; set; } = "南昌市";

    /// <summary>China Standard Time has no daylight saving, so a fixed offset is exact and needs no tz database.</summary>
    public TimeSpan UtcOffset { get; set; } = TimeSpan.FromHours(8);
}

/// <summary>
/// Local dates and day boundaries of the deployment, from the injected <see cref="TimeProvider"/>. Deadlines end at
/// the end of their last local day (民法典 第二百零三条: 到期日的二十四时).
/// </summary>
public sealed class DeploymentClock(TimeProvider time, IOptions<DeploymentOptions> options)
{
    private TimeSpan Offset => options.Value.UtcOffset;

    public DateTimeOffset UtcNow => time.GetUtcNow();

    public DateOnly Today => LocalDate(UtcNow);

    public DateOnly LocalDate(DateTimeOffset instant) => DateOnly.FromDateTime(instant.ToOffset(Offset).DateTime);

    public DateTimeOffset ToLocal(DateTimeOffset instant) => instant.ToOffset(Offset);

    /// <summary>The first instant of a local day, in UTC.</summary>
    public DateTimeOffset StartOfDay(DateOnly date) =>
        new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), Offset).ToUniversalTime();

    /// <summary>The instant a local day ends (the next day's midnight), in UTC.</summary>
    public DateTimeOffset EndOfDay(DateOnly date) => StartOfDay(date.AddDays(1));
}
