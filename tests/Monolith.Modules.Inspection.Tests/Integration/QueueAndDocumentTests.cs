using DocumentFormat.OpenXml.Packaging;
using Monolith.BuildingBlocks.Application;
using Monolith.BuildingBlocks.Documents;
using Monolith.Modules.Inspection.Domain;
using Monolith.Modules.Inspection.Features.DecideAcceptance;
using Monolith.Modules.Inspection.Features.Documents;
using Monolith.Modules.Inspection.Features.Investigation;
using Monolith.Modules.Inspection.Features.ListCases;
using Monolith.Modules.Inspection.Features.RegisterMatter;
using Monolith.Testing;

namespace Monolith.Modules.Inspection.Tests.Integration;

/// <summary>The officers' queue (due soon first, filters, pages) and the notices of a case.</summary>
public sealed class QueueAndDocumentTests : IAsyncLifetime
{
    private PlatformFixture platform = null!;

    public async Task InitializeAsync() => platform = await TestKit.PlatformAsync();

    public async Task DisposeAsync() => await platform.DisposeAsync();

    [Fact]
    public async Task The_queue_puts_what_falls_due_soonest_first_and_cases_with_nothing_due_last()
    {
        var report = await platform.RegisterAsync(TestKit.AnonymousReport(1));        // nothing due
        platform.Clock.SetUtcNow(TestKit.Local(3, 2, 10));
        var sooner = await platform.RegisterAsync(TestKit.Complaint(3));              // acceptance due Mon 9 March
        platform.Clock.SetUtcNow(TestKit.Local(3, 3, 9));
        var later = await platform.RegisterAsync(TestKit.Complaint(2));               // acceptance due Tue 10 March
        var filed = await platform.FiledAsync(TestKit.Complaint(4));                  // investigation due in May…
        await platform.SendAsync(new IssueOrderCommand(filed.Id, OrderKind.Rectification, "订立书面劳动合同", null, 3)); // …but its order ends Fri 6 March

        var page = await platform.SendAsync(new ListCasesQuery());

        Assert.Equal([filed.Id, sooner.Id, later.Id, report.Id], page.Items.Select(i => i.Id));
        Assert.Equal("用人单位履行责令改正通知书", page.Items[0].NextDue);
        Assert.Equal(TestKit.Local(3, 7, 0), page.Items[0].NextDueAt);
        Assert.Equal("决定是否受理投诉（受理的于受理之日立案）", page.Items[1].NextDue);
        Assert.Null(page.Items[3].NextDueAt);
        Assert.Equal("东湖区", page.Items[1].DistrictName);
        Assert.Equal(4, page.Total);
    }

    [Fact]
    public async Task The_queue_filters_by_status_district_and_employer_name_or_credit_code_and_pages()
    {
        for (var i = 1; i <= 5; i++)
        {
            await platform.RegisterAsync(TestKit.Complaint(i));
        }

        var elsewhere = await platform.RegisterAsync(TestKit.Complaint(6) with { DivisionCode = "360121" });
        var filed = await platform.FiledAsync(TestKit.Complaint(7));

        Assert.Equal([filed.Id], (await platform.SendAsync(new ListCasesQuery(Status: CaseStatus.Investigating))).Items.Select(i => i.Id));
        Assert.Equal([elsewhere.Id], (await platform.SendAsync(new ListCasesQuery(DivisionCode: "360121"))).Items.Select(i => i.Id));
        var byCode = await platform.SendAsync(new ListCasesQuery(Employer: TestKit.Employer(3).CreditCode!.ToLowerInvariant()));
        Assert.Equal(TestKit.Employer(3).Name, Assert.Single(byCode.Items).EmployerName);
        var byName = await platform.SendAsync(new ListCasesQuery(Employer: TestKit.Employer(7).Name![2..6]));
        Assert.Contains(byName.Items, i => i.Id == filed.Id);

        var first = await platform.SendAsync(new ListCasesQuery(PageSize: 3));
        var third = await platform.SendAsync(new ListCasesQuery(Page: 3, PageSize: 3));
        Assert.Equal((3, 7, 3), (first.Items.Count, first.Total, first.PageCount));
        Assert.Single(third.Items);
        var all = (await platform.SendAsync(new ListCasesQuery(PageSize: 100))).Items.Select(i => i.Id).ToList();
        Assert.Equal(7, all.Distinct().Count());
        Assert.Equal(all.Take(3), first.Items.Select(i => i.Id));
    }

    [Fact]
    public async Task A_notice_exists_once_its_act_was_done()
    {
        var registered = await platform.RegisterAsync(TestKit.Complaint(1, TestKit.Worker(11), TestKit.Worker(12)));

        await Assert.ThrowsAsync<NotFoundException>(() => platform.SendAsync(new CaseDocumentQuery(registered.Id, CaseDocumentKind.Acceptance)));
        await Assert.ThrowsAsync<NotFoundException>(() => platform.SendAsync(new CaseDocumentQuery(registered.Id, CaseDocumentKind.FilingApproval)));
        await Assert.ThrowsAsync<NotFoundException>(() => platform.SendAsync(new CaseDocumentQuery(registered.Id, CaseDocumentKind.Order, Guid.NewGuid())));

        await platform.SendAsync(new AcceptCaseCommand(registered.Id, true, true));
        var acceptance = await platform.SendAsync(new CaseDocumentQuery(registered.Id, CaseDocumentKind.Acceptance));

        Assert.Equal("南昌市人力资源和社会保障局", acceptance.IssuingBody);
        Assert.Equal("劳监受〔2026〕1号", acceptance.DocumentNumber);
        Assert.Equal("劳动保障监察投诉受理告知书", acceptance.Title);
        Assert.Equal(new DateOnly(2026, 3, 2), acceptance.Date);
        Assert.EndsWith("等2名劳动者：", acceptance.Addressee, StringComparison.Ordinal);
        Assert.Contains("劳监立〔2026〕1号", acceptance.Paragraphs[0], StringComparison.Ordinal);
        Assert.Contains("六十个工作日", acceptance.Paragraphs[1], StringComparison.Ordinal);
        await Assert.ThrowsAsync<NotFoundException>(() => platform.SendAsync(new CaseDocumentQuery(registered.Id, CaseDocumentKind.NonAcceptance)));

        var form = await platform.SendAsync(new CaseDocumentQuery(registered.Id, CaseDocumentKind.FilingApproval));
        Assert.False(form.Sealed);
        Assert.Equal("劳监立〔2026〕1号", form.DocumentNumber);
        Assert.Equal(string.Empty, form.Fields.Single(f => f.Label == "负责人审批意见").Value);
        Assert.Equal(TestKit.Employer(1).CreditCode, form.Fields.Single(f => f.Label == "统一社会信用代码").Value);
    }

    [Fact]
    public async Task The_non_acceptance_notice_states_the_reason_where_to_go_and_how_to_challenge_it()
    {
        var registered = await platform.RegisterAsync();
        await platform.SendAsync(new NotAcceptCaseCommand(registered.Id, NonAcceptanceGround.DisputeProcedure, "双方对解除劳动合同的经济补偿有争议", Guidance.Arbitration, "可向南昌市劳动人事争议仲裁院申请"));

        var notice = await platform.SendAsync(new CaseDocumentQuery(registered.Id, CaseDocumentKind.NonAcceptance));

        Assert.Equal("劳监不受〔2026〕1号", notice.DocumentNumber);
        Assert.Contains("第二十一条第二款", notice.Paragraphs[0], StringComparison.Ordinal);
        Assert.Equal("理由：双方对解除劳动合同的经济补偿有争议", notice.Paragraphs[1]);
        Assert.Contains(notice.Paragraphs, p => p.StartsWith("请你（们）依法向劳动人事争议仲裁委员会申请仲裁", StringComparison.Ordinal));
        Assert.Contains("六十日内依法申请行政复议", notice.Paragraphs[^1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_order_and_inquiry_notices_are_addressed_to_the_employer_and_open_in_word()
    {
        var filed = await platform.FiledAsync();
        var orderId = await platform.SendAsync(new IssueOrderCommand(filed.Id, OrderKind.Payment, "补发拖欠的工资", 36_000m, 15));
        var inquiryId = await platform.SendAsync(new IssueInquiryCommand(filed.Id, new DateOnly(2026, 3, 4), new TimeOnly(9, 30), "市劳动保障监察支队", "营业执照副本\n工资发放记录"));

        var order = await platform.SendAsync(new CaseDocumentQuery(filed.Id, CaseDocumentKind.Order, orderId));
        Assert.Equal("劳动保障监察责令限期支付通知书", order.Title);
        Assert.StartsWith(TestKit.Employer(1).Name!, order.Addressee, StringComparison.Ordinal);
        Assert.Contains("于2026年3月17日前（15日内）改正", order.Paragraphs[1], StringComparison.Ordinal);
        Assert.Contains("36,000.00元", order.Paragraphs[1], StringComparison.Ordinal);
        Assert.Contains(order.Paragraphs, p => p.Contains("加付赔偿金", StringComparison.Ordinal));

        var inquiry = await platform.SendAsync(new CaseDocumentQuery(filed.Id, CaseDocumentKind.Inquiry, inquiryId));
        Assert.Equal("劳监询〔2026〕1号", inquiry.DocumentNumber);
        Assert.Contains("2026年3月4日09:30到市劳动保障监察支队接受调查询问", inquiry.Paragraphs[0], StringComparison.Ordinal);
        Assert.Equal(["1. 营业执照副本", "2. 工资发放记录"], inquiry.Paragraphs.Skip(1).Take(2));

        using var word = WordprocessingDocument.Open(new MemoryStream(OfficialDocumentDocx.Write(inquiry)), false);
        Assert.Contains("2. 工资发放记录", word.MainDocumentPart!.Document!.Body!.InnerText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_open_matters_query_needs_an_employer_and_a_worker()
    {
        await platform.RegisterAsync();

        Assert.Empty(await platform.SendAsync(new FindOpenMattersQuery(TestKit.Employer(1).CreditCode, null, [])));
        Assert.Empty(await platform.SendAsync(new FindOpenMattersQuery(null, null, [TestKit.Worker(11).ResidentIdNumber!])));
        Assert.Single(await platform.SendAsync(new FindOpenMattersQuery(null, TestKit.Employer(1).Name, [TestKit.Worker(11).ResidentIdNumber!])));
    }
}
