using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Monolith.BuildingBlocks.Linkage;
using Monolith.BuildingBlocks.Messaging;
using Monolith.BuildingBlocks.Time;
using Monolith.Modules.Supervision.Contracts;
using Monolith.Modules.Union.Domain;
using Monolith.Modules.Union.Persistence;

namespace Monolith.Modules.Union.Features.Meetings;

/// <summary>
/// A risk alert of Supervision's early warning lands in the administrators' queue of coordination requests as a
/// suggested topic (the same path as <see cref="CoordinationMeetingRequestedHandler"/>), once per alert; the
/// administrators schedule it into a coordination meeting or decline it like any request.
/// </summary>
[IntegrationEventHandlerName("union.suggest-topic-from-risk-alert")]
internal sealed class RiskAlertRaisedHandler(UnionDbContext db, MeetingNotices notices, DeploymentClock clock)
    : IIntegrationEventHandler<RiskAlertRaisedIntegrationEvent>
{
    public const string SupervisionModule = "Supervision";

    public async Task HandleAsync(RiskAlertRaisedIntegrationEvent alert, CancellationToken cancellationToken)
    {
        if (await db.MeetingRequests.AnyAsync(r => r.Id == alert.AlertId, cancellationToken))
        {
            return;
        }

        var level = alert.Level switch
        {
            RiskLevel.Red => "红色",
            RiskLevel.Orange => "橙色",
            RiskLevel.Yellow => "黄色",
            _ => "蓝色",
        };
        var subject = $"风险预警（{level}）：{alert.SubjectName}";
        var reason = string.Create(CultureInfo.InvariantCulture, $"风险分{alert.Score:0.#}。") + string.Join("；", alert.RulesFired.Select(r => r.Explanation)) + "。建议研究是否召开专题协调会。";
        var received = MeetingRequest.Receive(
            alert.AlertId, SupervisionModule, notices.AgencyName(SupervisionModule) is var agency && agency != SupervisionModule ? agency : "法律监督机关", Truncate(subject, 200), Truncate(reason, 2000),
            alert.LinkedMatters.Where(LinkageNumber.IsWellFormed).Take(20), "风险预警", clock.UtcNow);
        db.MeetingRequests.Add(received);
        MeetingRequestNotice.Tell(notices, db, received);
    }

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..length];
}
