using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Monolith.BuildingBlocks.Contracts;
using Monolith.BuildingBlocks.Identity;
using Monolith.Modules.Supervision.Domain;
using Monolith.Modules.Supervision.Persistence;
using Monolith.Testing;

namespace Monolith.Modules.Supervision.Tests;

/// <summary>Supervision composed alone; missed deadlines arrive as events the test publishes, as any agency's module would.</summary>
internal static class TestKit
{
    /// <summary>Mon 2026-03-02 09:00 +08:00, the fixture's default start.</summary>
    public static readonly DateTimeOffset Monday = PlatformFixture.DefaultStart;

    public static async Task<PlatformFixture> PlatformAsync(string? policyProfile = "Nanchang", IDictionary<string, string?>? settings = null)
    {
        var platform = await PlatformFixture.CreateAsync([new SupervisionModule()], policyProfile, settings: settings);
        platform.User.ActAs("supervision", "SupervisionOfficer");
        return platform;
    }

    public static DeadlineMissedIntegrationEvent Missed(
        DateTimeOffset missedAt, Guid? deadlineId = null, string module = "LegalAid", string agencyName = "法律援助机构", int number = 1) => new(
        Guid.NewGuid(),
        missedAt,
        $"360100-ZC-2026-{number:D6}",
        deadlineId ?? Guid.NewGuid(),
        module,
        agencyName,
        "legalaid.review-application",
        "审查法律援助申请并作出决定",
        "洪司发〔2022〕32号 三(二)（法定：《中华人民共和国法律援助法》第四十三条第一款，7日）",
        "南昌市“监察+仲裁+工会+法援”劳动者维权联动对接工作方案（洪司发〔2022〕32号）",
        DateOnly.FromDateTime(missedAt.ToOffset(TimeSpan.FromHours(8)).DateTime).AddDays(-1),
        missedAt.AddHours(-9),
        $"法律援助申请 360100-ZC-2026-{number:D6}（王伟，劳动人事争议仲裁院转介）",
        ProvisionalCalendar: false);

    /// <summary>Publishes the event into Supervision's own outbox and lets the platform deliver it through Supervision's inbox.</summary>
    public static async Task DeliverAsync(this PlatformFixture platform, params IntegrationEvent[] events)
    {
        using (var scope = platform.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SupervisionDbContext>();
            foreach (var integrationEvent in events)
            {
                db.Publish(integrationEvent);
            }

            await db.SaveChangesAsync();
        }

        await platform.DeliverMessagesAsync();
    }

    public static Task<List<OversightEntry>> EntriesAsync(this PlatformFixture platform) =>
        platform.QueryAsync<SupervisionDbContext, List<OversightEntry>>(db => db.OversightEntries.AsNoTracking().ToListAsync());
}
