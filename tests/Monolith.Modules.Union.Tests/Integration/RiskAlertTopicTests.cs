using Monolith.BuildingBlocks.Identity;
using Monolith.Modules.Supervision.Contracts;
using Monolith.Modules.Union.Contracts;
using Monolith.Modules.Union.Domain;
using Monolith.Modules.Union.Features.Meetings;
using Monolith.Modules.Union.Persistence;
using static Monolith.Modules.Union.Tests.TestKit;

namespace Monolith.Modules.Union.Tests.Integration;

/// <summary>Supervision's risk alerts land in the administrators' queue of coordination requests as suggested topics.</summary>
public sealed class RiskAlertTopicTests
{
    [Fact]
    public async Task A_risk_alert_lands_once_in_the_coordination_queue_as_a_suggested_topic_and_feeds_the_agenda()
    {
        await using var platform = await PlatformWithNeighbourAsync();
        var alert = new RiskAlertRaisedIntegrationEvent(
            Guid.NewGuid(), Monday, "360100-JC-2026-000002", Guid.NewGuid(), RiskSubjectKind.Employer, "91360102MA35ABCD1N", "南昌某某建筑劳务有限公司", "360102",
            RiskLevel.Orange, 50m, [new RiskRuleFired("complaints", "近90日劳动保障监察投诉2项，每项10分", 20m), new RiskRuleFired("collective-dispute", "近90日集体劳动争议1项，每项30分", 30m)],
            ["360100-JC-2026-000002", "not-a-linkage-number"], Monday);

        await platform.PublishIntoAsync<UnionDbContext>(alert);
        await platform.PublishIntoAsync<UnionDbContext>(alert with { EventId = Guid.NewGuid() });
        await platform.DeliverMessagesAsync();

        var queued = Assert.Single(await platform.SendAsync(new ListMeetingRequestsQuery(OpenOnly: true)));
        Assert.Equal((alert.AlertId, "法律监督机关", "风险预警", MeetingRequestStatus.Open), (queued.Id, queued.RequestingAgency, queued.RequestedBy, queued.Status));
        Assert.Equal(["360100-JC-2026-000002"], queued.LinkedMatters);
        Assert.Equal("风险预警（橙色）：南昌某某建筑劳务有限公司", queued.Subject);
        Assert.Equal("风险分50。近90日劳动保障监察投诉2项，每项10分；近90日集体劳动争议1项，每项30分。建议研究是否召开专题协调会。", queued.Reason);
        Assert.Equal([PlatformRoles.Administrator], Assert.Single(await platform.NotificationsAsync("专题协调会申请")).Roles);

        var meeting = await platform.AsAdministratorAsync(Meeting(new DateOnly(2026, 3, 10), kind: MeetingKind.CoordinationMeeting, title: "专题协调会") with { RequestIds = [alert.AlertId] });
        var agenda = Assert.Single((await platform.SendAsync(new GetMeetingQuery(meeting.Id))).Agenda);
        Assert.Equal("风险预警（橙色）：南昌某某建筑劳务有限公司（法律监督机关提请；涉及 360100-JC-2026-000002）", agenda.Title);
    }
}
