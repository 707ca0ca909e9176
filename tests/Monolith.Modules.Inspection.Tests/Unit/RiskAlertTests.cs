using Monolith.BuildingBlocks.Domain;
using Monolith.Modules.Inspection.Domain;
using Monolith.Modules.Supervision.Contracts;

namespace Monolith.Modules.Inspection.Tests.Unit;

public sealed class RiskAlertTests
{
    private static readonly DateTimeOffset At = TestKit.Monday;

    private static RiskAlertRaisedIntegrationEvent Raised(Guid alertId, RiskLevel level) =>
        Integration.RiskAlertTests.Alert(alertId, level);

    [Fact]
    public void Received_it_keeps_the_level_subject_rules_and_matters_and_is_open()
    {
        var alert = RiskAlert.Receive(Guid.NewGuid(), Raised(Guid.NewGuid(), RiskLevel.Orange), At);

        Assert.Equal(RiskAlertStatus.Open, alert.Status);
        Assert.Equal(RiskLevel.Orange, alert.Level);
        Assert.Equal(2, alert.Rules.Count);
        Assert.Equal(31.5m, alert.Rules[1].Points);
        Assert.Equal(["360100-JC-2026-000005", "360100-JC-2026-000007"], alert.LinkedMatterList);
    }

    [Fact]
    public void Only_a_more_urgent_level_escalates()
    {
        var id = Guid.NewGuid();
        var alert = RiskAlert.Receive(Guid.NewGuid(), Raised(id, RiskLevel.Orange), At);

        Assert.False(alert.Escalate(Raised(id, RiskLevel.Orange)));
        Assert.False(alert.Escalate(Raised(id, RiskLevel.Blue)));
        Assert.Equal(RiskLevel.Orange, alert.Level);
        Assert.True(alert.Escalate(Raised(id, RiskLevel.Red)));
        Assert.Equal(RiskLevel.Red, alert.Level);
        Assert.Throws<ArgumentException>(() => alert.Escalate(Raised(Guid.NewGuid(), RiskLevel.Red)));
    }

    [Fact]
    public void A_dismissal_needs_a_reason_and_a_decided_alert_cannot_be_decided_again()
    {
        var alert = RiskAlert.Receive(Guid.NewGuid(), Raised(Guid.NewGuid(), RiskLevel.Yellow), At);

        Assert.Equal("inspection.alert-dismiss-reason", Assert.Throws<BusinessRuleViolationException>(() => alert.Dismiss("  ", At, "inspection")).Code);
        alert.Dismiss("已整改", At, "inspection");
        Assert.Equal("已整改", alert.DismissalReason);
        Assert.Equal("inspection.alert-decided", Assert.Throws<BusinessRuleViolationException>(() => alert.TakeUp(Guid.NewGuid(), "x", At, "inspection")).Code);
    }

    [Fact]
    public void An_escalation_puts_a_dismissed_alert_back_but_not_one_taken_up()
    {
        var id = Guid.NewGuid();
        var dismissed = RiskAlert.Receive(Guid.NewGuid(), Raised(id, RiskLevel.Yellow), At);
        dismissed.Dismiss("已整改", At, "inspection");
        dismissed.Escalate(Raised(id, RiskLevel.Red));
        Assert.Equal(RiskAlertStatus.Open, dismissed.Status);
        Assert.Null(dismissed.DismissalReason);

        var taken = RiskAlert.Receive(Guid.NewGuid(), Raised(id, RiskLevel.Yellow), At);
        taken.TakeUp(Guid.NewGuid(), "360100-JC-2026-000009", At, "inspection");
        taken.Escalate(Raised(id, RiskLevel.Red));
        Assert.Equal(RiskAlertStatus.TakenUp, taken.Status);
        Assert.Equal(RiskLevel.Red, taken.Level);
    }
}
