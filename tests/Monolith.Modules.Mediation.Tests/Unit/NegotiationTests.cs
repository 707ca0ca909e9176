using Monolith.BuildingBlocks.Domain;
using Monolith.Modules.Mediation.Domain;

namespace Monolith.Modules.Mediation.Tests.Unit;

/// <summary>Negotiation: the employer's answer or its silence, the settlement and its performance, the move to mediation.</summary>
public sealed class NegotiationTests
{
    private static readonly DateTimeOffset Now = TestKit.Monday;

    [Fact]
    public void A_union_asking_on_the_workers_behalf_names_itself()
    {
        Assert.Equal("mediation.union-name", Assert.Throws<BusinessRuleViolationException>(() => Request(NegotiationRequester.Union, null)).Code);
        Assert.Equal("南昌市某区总工会", Request(NegotiationRequester.Union, "南昌市某区总工会").UnionName);
        Assert.Null(Request(NegotiationRequester.Worker, "被忽略").UnionName);
    }

    [Fact]
    public void Silence_is_unwillingness_only_while_no_answer_was_recorded()
    {
        var silent = Request();
        Assert.True(silent.DeemUnwilling(Now));
        Assert.Equal(NegotiationStatus.NoAnswer, silent.Status);
        Assert.Contains("视为不愿协商", silent.AnswerNote, StringComparison.Ordinal);
        Assert.Throws<BusinessRuleViolationException>(() => silent.RecordAnswer(true, null, Now));
        Assert.True(silent.CanGoToMediation);

        var answered = Request();
        answered.RecordAnswer(true, null, Now);
        Assert.False(answered.DeemUnwilling(Now));
        Assert.Equal(NegotiationStatus.Negotiating, answered.Status);
        Assert.False(answered.CanGoToMediation);
    }

    [Fact]
    public void An_unperformed_settlement_is_recorded_after_its_date_and_leads_to_mediation()
    {
        var negotiation = Request();
        Assert.Throws<BusinessRuleViolationException>(() => negotiation.RecordSettlement(Settlement(), new DateOnly(2026, 3, 2)));
        negotiation.RecordAnswer(true, null, Now);
        negotiation.RecordSettlement(Settlement(), new DateOnly(2026, 3, 2));

        Assert.Equal("mediation.performance-period-running", Assert.Throws<BusinessRuleViolationException>(() => negotiation.RecordPerformance(false, new DateOnly(2026, 3, 10))).Code);
        negotiation.RecordPerformance(false, new DateOnly(2026, 3, 11));
        Assert.True(negotiation.CanGoToMediation);

        var caseId = Guid.NewGuid();
        negotiation.TransferToMediation(caseId);
        Assert.Equal(NegotiationStatus.TransferredToMediation, negotiation.Status);
        Assert.Equal(caseId, negotiation.MediationCaseId);
        Assert.Throws<BusinessRuleViolationException>(() => negotiation.TransferToMediation(Guid.NewGuid()));
    }

    [Fact]
    public void A_settlement_being_negotiated_cannot_go_to_mediation()
    {
        var negotiation = Request();
        negotiation.RecordAnswer(true, null, Now);

        Assert.Equal("mediation.negotiation-not-ended", Assert.Throws<BusinessRuleViolationException>(() => negotiation.TransferToMediation(Guid.NewGuid())).Code);
    }

    private static Negotiation Request(NegotiationRequester by = NegotiationRequester.Worker, string? union = null) => Negotiation.Request(
        Guid.NewGuid(), "360100-TJ-2026-000001", by, union, new Worker("王芳", "360102199001011234", "17012345678"), new Employer("南昌某公司", "91360113MA35XXXX0X"),
        "拖欠工资", 8400m, Now, "m");

    private static SettlementAgreement Settlement() => new("3月10日前支付工资8400元", 8400m, new DateOnly(2026, 3, 10), new DateOnly(2026, 3, 2), Now, "m");
}
