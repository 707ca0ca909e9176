using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Microsoft.Extensions.DependencyInjection;
using Monolith.BuildingBlocks.Application;
using Monolith.BuildingBlocks.Documents;
using Monolith.Modules.Mediation.Contracts;
using Monolith.Modules.Mediation.Domain;
using Monolith.Modules.Mediation.Features.Acceptance;
using Monolith.Modules.Mediation.Features.Agreements;
using Monolith.Modules.Mediation.Features.Documents;
using Monolith.Modules.Mediation.Features.Ending;
using Monolith.Modules.Mediation.Features.Statistics;
using Monolith.Testing;

namespace Monolith.Modules.Mediation.Tests.Integration;

/// <summary>The organisations' statistics (任务分工方案 第30项) and the case's documents, from cases on a real database.</summary>
public sealed class StatisticsAndDocumentsTests
{
    [Fact]
    public async Task Statistics_count_accepted_succeeded_and_failed_cases_with_the_success_rate_and_the_average_days_per_organisation()
    {
        await using var platform = await TestKit.PlatformAsync();
        var (busy, mediator) = await platform.OrganisationAsync(name: "甲街道调解室");
        await platform.OrganisationAsync(name: "乙街道调解室");
        var agreed = await platform.ApplyAsync(busy, 1);
        var failed = await platform.ApplyAsync(busy, 2);
        var open = await platform.ApplyAsync(busy, 3);
        await platform.ApplyAsync(busy, 4); // not accepted: not counted
        foreach (var id in new[] { agreed.Id, failed.Id, open.Id })
        {
            await platform.SendAsync(new AcceptCaseCommand(id, mediator));
        }

        platform.Clock.SetUtcNow(TestKit.Local(3, 5));
        await platform.DraftAsync(agreed.Id);
        await platform.SendAsync(new ConfirmAgreementCommand(agreed.Id, true, new DateOnly(2026, 3, 5), new DateOnly(2026, 3, 5)));
        platform.Clock.SetUtcNow(TestKit.Local(3, 6));
        await platform.SendAsync(new EndMediationCommand(failed.Id, MediationFailureReason.NoAgreement, null));

        var report = await platform.SendAsync(new OrganisationStatisticsQuery(new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 31)));

        var row = report.Organisations.Single(o => o.Name == "甲街道调解室");
        Assert.Equal((3, 1, 1, 1), (row.Accepted, row.Succeeded, row.Failed, row.InProgress));
        Assert.Equal(0.5, row.SuccessRate);
        Assert.Equal(3.5, row.AverageDays);
        var idle = report.Organisations.Single(o => o.Name == "乙街道调解室");
        Assert.Equal((0, null, "—"), (idle.Accepted, idle.SuccessRate, idle.SuccessRateText));
        Assert.Equal(3, report.Total.Accepted);
        Assert.Contains("甲街道调解室,乡镇（街道）劳动人事争议调解组织,3,1,1,1,50.0%,3.5", StatisticsCsv.Write(report), StringComparison.Ordinal);

        var later = await platform.SendAsync(new OrganisationStatisticsQuery(new DateOnly(2026, 3, 3)));
        Assert.Equal(0, later.Total.Accepted);
        var backwards = await Assert.ThrowsAsync<RequestValidationException>(() => platform.SendAsync(new OrganisationStatisticsQuery(new DateOnly(2026, 3, 3), new DateOnly(2026, 3, 1))));
        Assert.Equal(["to"], backwards.Errors.Keys);
    }

    [Fact]
    public async Task The_agreement_is_a_valid_word_file_with_the_organisation_parties_terms_and_the_confirmation_windows()
    {
        await using var platform = await TestKit.PlatformAsync();
        var (organisation, mediator) = await platform.OrganisationAsync(name: "沙井街道劳动争议调解室");
        var registered = await platform.AgreedCaseAsync(organisation, mediator);

        var document = await BuildAsync(platform, registered.Id, CaseDocumentKind.Agreement);
        using var word = WordprocessingDocument.Open(new MemoryStream(OfficialDocumentDocx.Write(document)), false);
        var text = word.MainDocumentPart!.Document!.Body!.InnerText;

        Assert.Equal(("沙井街道劳动争议调解室", "调协〔2026〕TJ000001号", "劳动争议调解协议书"), (document.IssuingBody, document.DocumentNumber, document.Title));
        var applicant = (await platform.CaseAsync(registered.Id)).Applicant;
        Assert.Contains(applicant.Name, text, StringComparison.Ordinal);
        Assert.Contains(applicant.ResidentIdNumber, text, StringComparison.Ordinal);
        Assert.Contains("一、被申请人支付申请人2026年1月至2月工资。", text, StringComparison.Ordinal);
        Assert.Contains("人民币8,000.00元", text, StringComparison.Ordinal);
        Assert.Contains("十五日内共同向劳动人事争议仲裁委员会申请仲裁审查确认", text, StringComparison.Ordinal);
        Assert.Contains("2026年3月2日", text, StringComparison.Ordinal);
        Assert.Empty(new OpenXmlValidator().Validate(word));
    }

    [Fact]
    public async Task The_fulfilment_notice_and_the_termination_exist_only_once_their_step_happened()
    {
        await using var platform = await TestKit.PlatformAsync();
        var (organisation, mediator) = await platform.OrganisationAsync();
        var agreed = await platform.AgreedCaseAsync(organisation, mediator);
        var failed = await platform.ApplyAsync(organisation, 2);

        await Assert.ThrowsAsync<NotFoundException>(() => BuildAsync(platform, agreed.Id, CaseDocumentKind.FulfilmentNotice));
        await Assert.ThrowsAsync<NotFoundException>(() => BuildAsync(platform, failed.Id, CaseDocumentKind.Termination));
        await Assert.ThrowsAsync<NotFoundException>(() => BuildAsync(platform, failed.Id, CaseDocumentKind.Agreement));

        await platform.SendAsync(new IssueFulfilmentNoticeCommand(agreed.Id));
        await platform.SendAsync(new EndMediationCommand(failed.Id, MediationFailureReason.NoAgreement, "被申请人拒绝调解方案"));

        var notice = await BuildAsync(platform, agreed.Id, CaseDocumentKind.FulfilmentNotice);
        Assert.Equal("调解协议履行告知书", notice.Title);
        Assert.Contains(notice.Paragraphs, p => p.Contains("2026年3月20日前", StringComparison.Ordinal) && p.Contains("8,000.00元", StringComparison.Ordinal));
        var termination = await BuildAsync(platform, failed.Id, CaseDocumentKind.Termination);
        Assert.Equal(("调解终结书", "调终〔2026〕TJ000002号"), (termination.Title, termination.DocumentNumber));
        Assert.Contains(termination.Paragraphs, p => p.Contains("经调解，双方未能达成调解协议（被申请人拒绝调解方案）", StringComparison.Ordinal));
        Assert.Contains("申请仲裁", OfficialDocumentHtml.Render(termination), StringComparison.Ordinal);
    }

    private static async Task<OfficialDocument> BuildAsync(PlatformFixture platform, Guid caseId, CaseDocumentKind kind)
    {
        using var scope = platform.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<CaseDocuments>().BuildAsync(caseId, kind, CancellationToken.None);
    }
}
