using Microsoft.EntityFrameworkCore;
using Monolith.BuildingBlocks.Application;
using Monolith.BuildingBlocks.Domain;
using Monolith.Modules.Supervision.Contracts;
using Monolith.Modules.Supervision.Features.SupportOfProsecution;
using Monolith.Modules.Supervision.Persistence;
using Monolith.Testing;

namespace Monolith.Modules.Supervision.Tests.Integration;

public sealed class SupportOfProsecutionTests : IAsyncLifetime
{
    private PlatformFixture platform = null!;

    public async Task InitializeAsync() => platform = await TestKit.PlatformAsync();

    public async Task DisposeAsync() => await platform.DisposeAsync();

    [Fact]
    public async Task A_request_from_legal_aid_is_received_once_listed_masked_and_the_officers_are_told()
    {
        var request = Request();

        await platform.DeliverAsync(request, request with { EventId = Guid.NewGuid() });

        var listed = Assert.Single(await platform.SendAsync(new ListSupportRequestsQuery()));
        Assert.Equal("360102********0011", listed.MaskedIdNumber);
        Assert.Equal("法律援助机构", listed.RequestingAgencyName);
        Assert.Null(listed.DecidedAt);
        Assert.Contains(await platform.OutboxEventsAsync<SupervisionDbContext>(), e => e is Platform.Contracts.NotificationRequestedIntegrationEvent { Subject: "支持起诉申请" });
        Assert.Contains(await platform.AuditAsync(), a => a.Subject == "支持起诉申请列表");
    }

    [Fact]
    public async Task The_decision_is_answered_to_the_requesting_module_once()
    {
        var request = Request();
        await platform.DeliverAsync(request);
        var caseId = Assert.Single(await platform.SendAsync(new ListSupportRequestsQuery())).Id;

        await platform.SendAsync(new DecideSupportOfProsecutionCommand(caseId, true, " 劳动者系农民工，追索劳动报酬，符合支持起诉条件。 "));

        var answer = Assert.Single((await platform.OutboxEventsAsync<SupervisionDbContext>()).OfType<SupportOfProsecutionDecidedIntegrationEvent>());
        Assert.Equal((request.RequestId, "LegalAid", true, "劳动者系农民工，追索劳动报酬，符合支持起诉条件。", request.LinkageNumber),
            (answer.RequestId, answer.Recipient, answer.Supported, answer.Reasons, answer.LinkageNumber));
        var again = await Assert.ThrowsAsync<BusinessRuleViolationException>(() => platform.SendAsync(new DecideSupportOfProsecutionCommand(caseId, false, "改变主意")));
        Assert.Equal("supervision.support-decided", again.Code);
    }

    [Fact]
    public async Task A_decision_needs_a_choice_and_reasons_and_an_unknown_request_is_not_found()
    {
        await platform.DeliverAsync(Request());
        var caseId = Assert.Single(await platform.SendAsync(new ListSupportRequestsQuery())).Id;

        var invalid = await Assert.ThrowsAsync<RequestValidationException>(() => platform.SendAsync(new DecideSupportOfProsecutionCommand(caseId, null, " ")));
        Assert.Equal(["reasons", "supported"], invalid.Errors.Keys.Order(StringComparer.Ordinal));
        await Assert.ThrowsAsync<NotFoundException>(() => platform.SendAsync(new DecideSupportOfProsecutionCommand(Guid.NewGuid(), true, "理由")));
        Assert.Null(await platform.QueryAsync<SupervisionDbContext, DateTimeOffset?>(db => db.SupportRequests.Select(r => r.DecidedAt).SingleAsync()));
    }

    private static SupportOfProsecutionRequestedIntegrationEvent Request() => new(
        Guid.NewGuid(), TestKit.Monday, "360100-ZC-2026-000001", Guid.NewGuid(), "LegalAid", "法律援助机构", "王伟", "360102199001010011", "13800000000",
        "南昌某某建筑劳务有限公司", "91360102MA35ABCD1N", "支付拖欠工资36000元", "劳动者经济困难，用人单位拒不支付。", "legalaid", TestKit.Monday);
}
