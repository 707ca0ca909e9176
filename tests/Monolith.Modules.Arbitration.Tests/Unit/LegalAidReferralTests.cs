using Monolith.Modules.Arbitration.Domain;

namespace Monolith.Modules.Arbitration.Tests.Unit;

public sealed class LegalAidReferralTests
{
    private static readonly DateTimeOffset Consent = TestKit.Monday;

    [Fact]
    public void A_grant_records_the_assigned_lawyer_and_whether_legal_aid_decided_in_time()
    {
        var referral = New();

        referral.RecordDecision(true, "ignored for a grant", "李娜", "江西明衡律师事务所（演示）", "17098765432", Consent.AddHours(3), decidedInTime: true);

        Assert.Equal(ReferralStatus.Granted, referral.Status);
        Assert.Equal("李娜", referral.LawyerName);
        Assert.Equal("江西明衡律师事务所（演示）", referral.LawFirm);
        Assert.Equal("17098765432", referral.LawyerPhone);
        Assert.Equal(Consent.AddHours(3), referral.DecidedAt);
        Assert.True(referral.DecidedInTime);
        Assert.Null(referral.RefusalReason);
    }

    [Fact]
    public void A_refusal_records_the_reason()
    {
        var referral = New();

        referral.RecordDecision(false, "不符合经济困难标准", null, null, null, Consent.AddDays(2), decidedInTime: false);

        Assert.Equal(ReferralStatus.Refused, referral.Status);
        Assert.Equal("不符合经济困难标准", referral.RefusalReason);
        Assert.False(referral.DecidedInTime);
        Assert.Null(referral.LawyerName);
    }

    [Fact]
    public void A_second_report_of_a_decision_changes_nothing()
    {
        var referral = New();
        referral.RecordDecision(true, null, "李娜", "江西明衡律师事务所（演示）", "17098765432", Consent.AddHours(3), decidedInTime: true);

        referral.RecordDecision(false, "不符合经济困难标准", "赵强", "别的律所", "17000000000", Consent.AddDays(3), decidedInTime: false);

        Assert.Equal(ReferralStatus.Granted, referral.Status);
        Assert.Equal("李娜", referral.LawyerName);
        Assert.Equal("江西明衡律师事务所（演示）", referral.LawFirm);
        Assert.Equal(Consent.AddHours(3), referral.DecidedAt);
        Assert.True(referral.DecidedInTime);
        Assert.Null(referral.RefusalReason);
    }

    [Fact]
    public void The_same_report_delivered_twice_leaves_the_first_recording()
    {
        var referral = New();
        referral.RecordDecision(false, "不符合经济困难标准", null, null, null, Consent.AddHours(1), decidedInTime: true);

        referral.RecordDecision(false, "不符合经济困难标准", null, null, null, Consent.AddHours(5), decidedInTime: false);

        Assert.Equal(Consent.AddHours(1), referral.DecidedAt);
        Assert.True(referral.DecidedInTime);
    }

    private static LegalAidReferral New() => new(Guid.NewGuid(), Consent, "clerk", economicHardshipStated: true);
}
