using Monolith.BuildingBlocks.Domain;
using Monolith.Modules.Supervision.Domain.Letters;

namespace Monolith.Modules.Supervision.Tests.Unit;

public sealed class LetterTests
{
    private static readonly DateTimeOffset Issued = TestKit.Monday;

    [Theory]
    [InlineData((int)LetterKind.UnionReminder, (int)LetterKind.UnionOpinion)]
    [InlineData((int)LetterKind.UnionOpinion, (int)LetterKind.UnionSuggestion)]
    [InlineData((int)LetterKind.UnionSuggestion, (int)LetterKind.EscalationReport)]
    [InlineData((int)LetterKind.ProcuratorialSuggestion, (int)LetterKind.EscalationReport)]
    [InlineData((int)LetterKind.JudicialSuggestion, (int)LetterKind.EscalationReport)]
    [InlineData((int)LetterKind.ArbitrationSuggestion, (int)LetterKind.EscalationReport)]
    public void The_escalation_chain_goes_from_reminder_to_opinion_to_suggestion_to_a_report(int from, int to) =>
        Assert.Equal((LetterKind)to, LetterKinds.Next((LetterKind)from));

    [Theory]
    [InlineData((int)LetterKind.EscalationReport)]
    [InlineData((int)LetterKind.CreditCommitment)]
    public void The_chain_ends_at_a_report_and_a_commitment_has_none(int kind) => Assert.Null(LetterKinds.Next((LetterKind)kind));

    [Fact]
    public void An_opinion_letter_still_goes_to_the_employer_a_suggestion_letter_to_a_department()
    {
        Assert.Equal(RecipientKind.Employer, LetterKinds.RecipientOf(LetterKind.UnionOpinion));
        Assert.Equal(RecipientKind.Department, LetterKinds.RecipientOf(LetterKind.UnionSuggestion));
        Assert.Equal(RecipientKind.Department, LetterKinds.RecipientOf(LetterKind.EscalationReport));
    }

    [Fact]
    public void The_union_opinion_letter_prefers_the_city_rule_then_the_unidentified_template_then_the_configurable_period() =>
        Assert.Equal(
            [SupervisionDeadlineRules.NanchangOpinionLetterReply, SupervisionDeadlineRules.TemplateOpinionLetterReply, SupervisionDeadlineRules.UnionLetterReply],
            LetterKinds.ReplyRules(LetterKind.UnionOpinion));

    [Fact]
    public void A_credit_commitment_and_a_report_owe_no_reply()
    {
        Assert.Empty(LetterKinds.ReplyRules(LetterKind.CreditCommitment));
        Assert.Empty(LetterKinds.ReplyRules(LetterKind.EscalationReport));
    }

    [Fact]
    public void Only_an_overdue_letter_is_escalated_and_only_once_the_new_letter_linked_to_the_first()
    {
        var first = Letter(LetterKind.UnionReminder);
        Assert.Equal("supervision.letter-not-overdue", Assert.Throws<BusinessRuleViolationException>(() => Escalate(first)).Code);

        Assert.True(first.MarkOverdue(Issued.AddDays(16)));
        var second = Escalate(first);

        Assert.Equal(LetterKind.UnionOpinion, second.Kind);
        Assert.Equal(first.Id, second.ChainRootId);
        Assert.Equal(first.Id, second.PreviousLetterId);
        Assert.Equal(1, second.EscalationStep);
        Assert.Equal("91360102MA35ABCD1N", second.RecipientCreditCode);
        Assert.Equal("Union", second.IssuerModule);
        Assert.Equal(LetterStatus.Escalated, first.Status);
        Assert.Equal(second.Id, first.EscalatedToLetterId);
        Assert.Equal("supervision.letter-escalated", Assert.Throws<BusinessRuleViolationException>(() => Escalate(first)).Code);

        second.OweReply("rule", "title", new DateOnly(2026, 5, 6));
        Assert.True(second.MarkOverdue(Issued.AddDays(80)));
        var third = Escalate(second);
        Assert.Equal(LetterKind.UnionSuggestion, third.Kind);
        Assert.Null(third.RecipientCreditCode); // a department has no employer credit code
        Assert.Equal(first.Id, third.ChainRootId);
        Assert.Equal(2, third.EscalationStep);
    }

    [Fact]
    public void The_last_step_of_a_chain_cannot_be_escalated()
    {
        var report = Letter(LetterKind.EscalationReport);

        Assert.Equal("supervision.letter-chain-ends", Assert.Throws<BusinessRuleViolationException>(() => Escalate(report)).Code);
    }

    [Fact]
    public void A_reply_in_time_stops_the_overdue_mark_and_the_reminder()
    {
        var letter = Letter(LetterKind.UnionOpinion);
        letter.RecordReply("已整改", new DateOnly(2026, 3, 5), new DateOnly(2026, 3, 2), new DateOnly(2026, 3, 6), "union");

        Assert.Equal(LetterStatus.Replied, letter.Status);
        Assert.False(letter.MarkOverdue(Issued.AddDays(70)));
        Assert.False(letter.Remind(Issued.AddDays(50)));
    }

    [Fact]
    public void A_reply_is_recorded_once_dated_between_the_issue_and_today()
    {
        var letter = Letter(LetterKind.UnionOpinion);
        var issuedOn = new DateOnly(2026, 3, 2);

        Assert.Equal("supervision.letter-reply-date", Assert.Throws<BusinessRuleViolationException>(() =>
            letter.RecordReply("回复", issuedOn.AddDays(-1), issuedOn, issuedOn.AddDays(3), "u")).Code);
        Assert.Equal("supervision.letter-reply-date", Assert.Throws<BusinessRuleViolationException>(() =>
            letter.RecordReply("回复", issuedOn.AddDays(4), issuedOn, issuedOn.AddDays(3), "u")).Code);
        letter.RecordReply("回复", issuedOn, issuedOn, issuedOn.AddDays(3), "u");
        Assert.Equal("supervision.letter-replied", Assert.Throws<BusinessRuleViolationException>(() =>
            letter.RecordReply("再次回复", issuedOn, issuedOn, issuedOn.AddDays(3), "u")).Code);
    }

    [Fact]
    public void A_late_reply_is_recorded_and_rectification_needs_a_reply_first()
    {
        var letter = Letter(LetterKind.UnionOpinion);
        Assert.Equal("supervision.letter-not-replied", Assert.Throws<BusinessRuleViolationException>(() =>
            letter.RecordRectification("整改材料", "u", Issued)).Code);
        letter.MarkOverdue(Issued.AddDays(61));

        letter.RecordReply("迟到的回复", new DateOnly(2026, 5, 8), new DateOnly(2026, 3, 2), new DateOnly(2026, 5, 8), "u");
        letter.RecordRectification("工资已补发，附银行流水", "u", Issued.AddDays(70));

        Assert.Equal(LetterStatus.Rectified, letter.Status);
        Assert.NotNull(letter.OverdueAt);
        Assert.Equal("supervision.letter-rectified", Assert.Throws<BusinessRuleViolationException>(() =>
            letter.RecordRectification("again", "u", Issued.AddDays(71))).Code);
    }

    [Fact]
    public void A_letter_that_owes_no_reply_takes_none()
    {
        var commitment = SupervisionLetter.Issue(
            Guid.NewGuid(), "Arbitration", Guid.NewGuid(), LetterKind.CreditCommitment, "信用承诺〔2026〕1号", "仲裁院", "arb", Issued, string.Empty,
            RecipientKind.Employer, "某公司", null, "f", "b", "r");

        Assert.Equal(LetterStatus.Recorded, commitment.Status);
        Assert.Equal("supervision.letter-no-reply-owed", Assert.Throws<BusinessRuleViolationException>(() =>
            commitment.RecordReply("回复", new DateOnly(2026, 3, 2), new DateOnly(2026, 3, 2), new DateOnly(2026, 3, 2), "u")).Code);
    }

    private static SupervisionLetter Letter(LetterKind kind)
    {
        var letter = SupervisionLetter.Issue(
            Guid.NewGuid(), "Union", Guid.NewGuid(), kind, "提示函〔2026〕第1号", "南昌市总工会", "union", Issued, "360100-GH-2026-000001",
            LetterKinds.RecipientOf(kind), "南昌某某建筑劳务有限公司", "91360102MA35ABCD1N", "拖欠工资", "工会法", "补发工资");
        if (LetterKinds.ReplyRules(kind).Count > 0)
        {
            letter.OweReply(LetterKinds.ReplyRules(kind)[0], "title", new DateOnly(2026, 3, 17));
        }

        return letter;
    }

    private static SupervisionLetter Escalate(SupervisionLetter letter) =>
        letter.Escalate(Guid.NewGuid(), "意见书〔2026〕第1号", "supervision", Issued.AddDays(20), "某部门", letter.RecipientCreditCode, "f", "b", "r");
}
