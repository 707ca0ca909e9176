using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Monolith.BuildingBlocks.Application;
using Monolith.BuildingBlocks.Domain;
using Monolith.Modules.Arbitration.Contracts;
using Monolith.Modules.Platform.Contracts;
using Monolith.Modules.Supervision.Domain.Letters;
using Monolith.Modules.Supervision.Features.Letters;
using Monolith.Modules.Supervision.Features.ListOversight;
using Monolith.Modules.Supervision.Persistence;
using Monolith.Modules.Union.Contracts;
using Monolith.Testing;

namespace Monolith.Modules.Supervision.Tests.Integration;

public sealed class LetterLedgerTests : IAsyncLifetime
{
    private PlatformFixture platform = null!;

    public async Task InitializeAsync() => platform = await TestKit.PlatformAsync();

    public async Task DisposeAsync() => await platform.DisposeAsync();

    [Fact]
    public async Task A_union_opinion_letter_enters_the_ledger_once_with_nanchangs_60_day_reply_period()
    {
        var issued = UnionLetter(UnionSupervisionLetterKind.OpinionLetter);

        await platform.DeliverAsync(issued, issued with { EventId = Guid.NewGuid() });

        var letter = Assert.Single(await LettersAsync());
        Assert.Equal(LetterKind.UnionOpinion, letter.Kind);
        Assert.Equal(LetterStatus.AwaitingReply, letter.Status);
        Assert.Equal(SupervisionDeadlineRules.NanchangOpinionLetterReply, letter.ReplyRuleId);
        // 60 calendar days from 3-02 end on 5-01, inside the Labour Day holiday (5-01…5-05): rolled to Wed 5-06.
        Assert.Equal(new DateOnly(2026, 5, 6), letter.ReplyDueDate);
        Assert.Equal("91360102MA35ABCD1N", letter.RecipientCreditCode);
        var deadline = Assert.Single(await platform.DeadlinesAsync<SupervisionDbContext>());
        Assert.Equal(new DateOnly(2026, 5, 6), deadline.DueDate);
    }

    [Fact]
    public async Task A_reminder_goes_to_the_issuer_and_supervision_seven_days_before_the_reply_deadline_once()
    {
        await platform.DeliverAsync(UnionLetter(UnionSupervisionLetterKind.ReminderLetter));
        var letter = Assert.Single(await LettersAsync());
        Assert.Equal(new DateOnly(2026, 3, 17), letter.ReplyDueDate); // the configurable 15 days

        platform.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 10, 8, 59, 0, TimeSpan.FromHours(8)));
        await platform.RunDueScheduledWorkAsync();
        Assert.Empty(await NoticesAsync());

        platform.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 10, 9, 0, 0, TimeSpan.FromHours(8)));
        await platform.RunDueScheduledWorkAsync();
        await platform.RunDueScheduledWorkAsync();

        var notice = Assert.Single(await NoticesAsync());
        Assert.StartsWith("文书回复期限将至", notice.Subject, StringComparison.Ordinal);
        Assert.Contains(SupervisionModule.Role, notice.Roles);
        Assert.Equal($"/Supervision/Letters/{letter.Id}", notice.Link);
        Assert.NotNull(Assert.Single(await LettersAsync()).ReminderSentAt);
    }

    [Fact]
    public async Task A_reply_before_the_deadline_completes_it_and_cancels_the_reminder()
    {
        await platform.DeliverAsync(UnionLetter(UnionSupervisionLetterKind.ReminderLetter));
        var letter = Assert.Single(await LettersAsync());
        platform.Clock.Advance(TimeSpan.FromDays(2));

        await platform.SendAsync(new RecordLetterReplyCommand(letter.Id, " 已补发工资 ", new DateOnly(2026, 3, 4)));
        platform.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 20, 9, 0, 0, TimeSpan.FromHours(8)));
        await platform.RunDueScheduledWorkAsync();
        await platform.DeliverMessagesAsync();

        var replied = Assert.Single(await LettersAsync());
        Assert.Equal(LetterStatus.Replied, replied.Status);
        Assert.Equal("已补发工资", replied.Reply);
        Assert.Null(replied.ReminderSentAt);
        Assert.Null(replied.OverdueAt);
        Assert.Empty(await platform.DeadlinesAsync<SupervisionDbContext>());
        Assert.Empty(await NoticesAsync());
    }

    [Fact]
    public async Task An_unanswered_letter_becomes_overdue_is_escalated_along_the_chain_and_each_step_is_linked_to_the_first()
    {
        await platform.DeliverAsync(UnionLetter(UnionSupervisionLetterKind.ReminderLetter));
        var first = Assert.Single(await LettersAsync());
        var early = await Assert.ThrowsAsync<BusinessRuleViolationException>(() => platform.SendAsync(Escalation(first.Id, "南昌某某建筑劳务有限公司")));
        Assert.Equal("supervision.letter-not-overdue", early.Code);

        platform.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 18, 0, 1, 0, TimeSpan.FromHours(8)));
        await platform.RunDueScheduledWorkAsync();
        await platform.DeliverMessagesAsync();

        first = Assert.Single(await LettersAsync());
        Assert.Equal(LetterStatus.Overdue, first.Status);
        Assert.Contains(await NoticesAsync(), n => n.Subject.StartsWith("文书逾期未回复", StringComparison.Ordinal) && n.Body.Contains("可升级为工会劳动法律监督意见书", StringComparison.Ordinal));
        Assert.Empty((await platform.SendAsync(new ListOversightEntriesQuery())).Items); // the employer's delay, not an agency's

        var secondId = await platform.SendAsync(Escalation(first.Id, "南昌某某建筑劳务有限公司"));
        var detail = await platform.SendAsync(new GetLetterQuery(secondId));
        Assert.Equal(LetterKind.UnionOpinion, detail.Letter.Kind);
        Assert.Equal("意见书〔2026〕第1号", detail.Letter.Number);
        Assert.Equal(SupervisionDeadlineRules.NanchangOpinionLetterReply, detail.Letter.ReplyRuleId);
        Assert.Equal(new DateOnly(2026, 5, 18), detail.Letter.ReplyDueDate); // 3-18 + 60 days = 5-17 (Sun) → Mon 5-18
        Assert.Equal([first.Id, secondId], detail.Chain.Select(l => l.Id));
        Assert.Equal(LetterStatus.Escalated, detail.Chain[0].Status);

        platform.Clock.SetUtcNow(new DateTimeOffset(2026, 5, 19, 0, 1, 0, TimeSpan.FromHours(8)));
        await platform.RunDueScheduledWorkAsync();
        await platform.DeliverMessagesAsync();
        var thirdId = await platform.SendAsync(Escalation(secondId, "南昌市人力资源和社会保障局"));
        var reportId = await EscalateWhenOverdueAsync(thirdId, "南昌市人民检察院");

        var chain = (await platform.SendAsync(new GetLetterQuery(reportId))).Chain;
        Assert.Equal([LetterKind.UnionReminder, LetterKind.UnionOpinion, LetterKind.UnionSuggestion, LetterKind.EscalationReport], chain.Select(l => l.Kind));
        Assert.All(chain, l => Assert.Equal(first.Id, l.ChainRootId));
        Assert.Equal(RecipientKind.Department, chain[2].RecipientKind);
        Assert.Null(chain[3].ReplyRuleId);
        var ended = await Assert.ThrowsAsync<BusinessRuleViolationException>(() => platform.SendAsync(Escalation(reportId, "x")));
        Assert.Equal("supervision.letter-chain-ends", ended.Code);
    }

    [Fact]
    public async Task An_arbitration_suggestion_takes_the_configured_period_and_a_credit_commitment_owes_no_reply()
    {
        await platform.DeliverAsync(ArbitrationLetter(ArbitrationLetterKind.ArbitrationSuggestion), ArbitrationLetter(ArbitrationLetterKind.CreditCommitment));

        var letters = await LettersAsync();
        var suggestion = letters.Single(l => l.Kind == LetterKind.ArbitrationSuggestion);
        Assert.Equal(SupervisionDeadlineRules.ArbitrationLetterFeedback, suggestion.ReplyRuleId);
        Assert.Equal(new DateOnly(2026, 4, 1), suggestion.ReplyDueDate);
        Assert.Equal("《劳动争议调解仲裁法》", suggestion.LegalBasis);
        var commitment = letters.Single(l => l.Kind == LetterKind.CreditCommitment);
        Assert.Equal(LetterStatus.Recorded, commitment.Status);
        Assert.Null(commitment.ReplyDueDate);
        Assert.Single(await platform.DeadlinesAsync<SupervisionDbContext>());
    }

    [Fact]
    public async Task The_configured_period_applies_to_letters_issued_under_it()
    {
        await using var configured = await TestKit.PlatformAsync(settings: new Dictionary<string, string?> { ["Supervision:ReplyPeriods:ArbitrationLetter"] = "10" });

        await configured.DeliverAsync(ArbitrationLetter(ArbitrationLetterKind.ComplianceSuggestion));

        var letter = Assert.Single(await configured.QueryAsync<SupervisionDbContext, List<SupervisionLetter>>(db => db.Letters.AsNoTracking().ToListAsync()));
        Assert.Equal(new DateOnly(2026, 3, 12), letter.ReplyDueDate);
    }

    [Fact]
    public async Task A_procuratorial_suggestion_is_registered_here_with_its_two_month_reply_period()
    {
        var id = await platform.SendAsync(Registration());

        var letter = (await platform.SendAsync(new GetLetterQuery(id))).Letter;
        Assert.Equal(LetterKind.ProcuratorialSuggestion, letter.Kind);
        Assert.Equal(SupervisionDeadlineRules.ProcuratorialSuggestionReply, letter.ReplyRuleId);
        Assert.Equal(new DateOnly(2026, 5, 6), letter.ReplyDueDate); // 5-02 is inside the Labour Day holiday
        Assert.Equal(RecipientKind.Department, letter.RecipientKind);

        var duplicate = await Assert.ThrowsAsync<BusinessRuleViolationException>(() => platform.SendAsync(Registration()));
        Assert.Equal("supervision.letter-number-taken", duplicate.Code);
    }

    [Fact]
    public async Task Registration_validates_every_field_and_writes_nothing_when_invalid()
    {
        var error = await Assert.ThrowsAsync<RequestValidationException>(() => platform.SendAsync(
            new RegisterLetterCommand(LetterKind.UnionReminder, "", "", null, "", "123", "", "", "", "bad")));

        Assert.Equal(
            ["findings", "issuerAgency", "kind", "legalBasis", "linkageNumber", "number", "recipientCreditCode", "recipientKind", "recipientName", "requests"],
            error.Errors.Keys.Order(StringComparer.Ordinal));
        Assert.Empty(await LettersAsync());
    }

    [Fact]
    public async Task A_reply_and_rectification_need_their_text_and_an_unknown_letter_is_not_found()
    {
        await platform.DeliverAsync(UnionLetter(UnionSupervisionLetterKind.OpinionLetter));
        var letter = Assert.Single(await LettersAsync());

        var reply = await Assert.ThrowsAsync<RequestValidationException>(() => platform.SendAsync(new RecordLetterReplyCommand(letter.Id, " ", null)));
        Assert.Equal(["repliedOn", "reply"], reply.Errors.Keys.Order(StringComparer.Ordinal));
        var rectification = await Assert.ThrowsAsync<RequestValidationException>(() => platform.SendAsync(new RecordRectificationCommand(letter.Id, "")));
        Assert.Equal(["evidence"], rectification.Errors.Keys);
        var unknown = Guid.NewGuid();
        Assert.Equal(unknown, (await Assert.ThrowsAsync<NotFoundException>(() => platform.SendAsync(new RecordLetterReplyCommand(unknown, "r", new DateOnly(2026, 3, 2))))).Key);

        await platform.SendAsync(new RecordLetterReplyCommand(letter.Id, "收到，将整改", new DateOnly(2026, 3, 2)));
        await platform.SendAsync(new RecordRectificationCommand(letter.Id, "已补签劳动合同 12 份"));
        Assert.Equal(LetterStatus.Rectified, Assert.Single(await LettersAsync()).Status);
    }

    [Fact]
    public async Task The_ledger_lists_newest_first_and_filters_by_status_kind_issuer_and_recipient()
    {
        await platform.DeliverAsync(UnionLetter(UnionSupervisionLetterKind.OpinionLetter));
        platform.Clock.Advance(TimeSpan.FromHours(1));
        await platform.DeliverAsync(ArbitrationLetter(ArbitrationLetterKind.CreditCommitment));

        var all = await platform.SendAsync(new ListLettersQuery());
        Assert.Equal([LetterKind.CreditCommitment, LetterKind.UnionOpinion], all.Items.Select(l => l.Kind));
        Assert.Equal(2, all.Total);
        Assert.Equal([LetterKind.UnionOpinion], (await platform.SendAsync(new ListLettersQuery(Status: LetterStatus.AwaitingReply))).Items.Select(l => l.Kind));
        Assert.Equal([LetterKind.CreditCommitment], (await platform.SendAsync(new ListLettersQuery(Issuer: "Arbitration"))).Items.Select(l => l.Kind));
        Assert.Equal([LetterKind.UnionOpinion], (await platform.SendAsync(new ListLettersQuery(Kind: LetterKind.UnionOpinion))).Items.Select(l => l.Kind));
        Assert.Equal(2, (await platform.SendAsync(new ListLettersQuery(Recipient: "91360102MA35ABCD1N"))).Total);
        Assert.Empty((await platform.SendAsync(new ListLettersQuery(Recipient: "不存在"))).Items);
    }

    [Fact]
    public async Task The_printable_letter_carries_the_official_elements_and_the_reply_date()
    {
        await platform.DeliverAsync(UnionLetter(UnionSupervisionLetterKind.OpinionLetter));
        var letter = Assert.Single(await LettersAsync());

        using var scope = platform.Services.CreateScope();
        var document = await scope.ServiceProvider.GetRequiredService<LetterDocuments>().BuildAsync(letter.Id, CancellationToken.None);

        Assert.Equal("工会劳动法律监督意见书", document.Title);
        Assert.Equal("工会劳动法律监督意见书〔2026〕第3号", document.DocumentNumber);
        Assert.Equal("南昌某某建筑劳务有限公司：", document.Addressee);
        Assert.Contains(document.Paragraphs, p => p.Contains("2026年5月6日前", StringComparison.Ordinal));
        Assert.Equal(new DateOnly(2026, 3, 2), document.Date);
        var docx = BuildingBlocks.Documents.OfficialDocumentDocx.Write(document);
        Assert.True(docx.Length > 1000);
    }

    private async Task<Guid> EscalateWhenOverdueAsync(Guid letterId, string recipient)
    {
        var letter = (await platform.SendAsync(new GetLetterQuery(letterId))).Letter;
        platform.Clock.SetUtcNow(new DateTimeOffset(letter.ReplyDueDate!.Value.AddDays(1).ToDateTime(new TimeOnly(0, 1)), TimeSpan.FromHours(8)));
        await platform.RunDueScheduledWorkAsync();
        await platform.DeliverMessagesAsync();
        return await platform.SendAsync(Escalation(letterId, recipient));
    }

    private static EscalateLetterCommand Escalation(Guid letterId, string recipient) =>
        new(letterId, recipient, "用人单位拖欠12名农民工工资，经提示后仍未整改。", "请依法督促用人单位限期支付。");

    private static RegisterLetterCommand Registration() => new(
        LetterKind.ProcuratorialSuggestion, "洪检民建〔2026〕1号", "南昌市人民检察院", RecipientKind.Department, "南昌市人力资源和社会保障局", null,
        "辖区建筑工地欠薪问题反复发生。", "《人民检察院检察建议工作规定》", "加强工资保证金管理。", null);

    private Task<List<SupervisionLetter>> LettersAsync() =>
        platform.QueryAsync<SupervisionDbContext, List<SupervisionLetter>>(db => db.Letters.AsNoTracking().OrderBy(l => l.IssuedAt).ToListAsync());

    private async Task<List<NotificationRequestedIntegrationEvent>> NoticesAsync() =>
        [.. (await platform.OutboxEventsAsync<SupervisionDbContext>()).OfType<NotificationRequestedIntegrationEvent>()];

    private static UnionSupervisionLetterIssuedIntegrationEvent UnionLetter(UnionSupervisionLetterKind kind) => new(
        Guid.NewGuid(), TestKit.Monday, "360100-GH-2026-000001", Guid.Parse("0195a000-0000-7000-8000-000000000001"), kind,
        $"{(kind == UnionSupervisionLetterKind.OpinionLetter ? "工会劳动法律监督意见书" : "工会劳动法律监督提示函")}〔2026〕第3号",
        "南昌某某建筑劳务有限公司", "91360102MA35ABCD1N", "拖欠12名农民工2025年12月至2026年1月工资。", "限期支付拖欠工资。", TestKit.Monday, "union");

    private static ArbitrationLetterIssuedIntegrationEvent ArbitrationLetter(ArbitrationLetterKind kind) => new(
        Guid.NewGuid(), TestKit.Monday, "360100-ZC-2026-000007", Guid.NewGuid(), kind, $"洪劳人仲建〔2026〕{(int)kind}号",
        "南昌某某建筑劳务有限公司", "91360102MA35ABCD1N", "未依法签订书面劳动合同。", "《劳动争议调解仲裁法》", "规范劳动用工。", TestKit.Monday, "arbitration");
}
