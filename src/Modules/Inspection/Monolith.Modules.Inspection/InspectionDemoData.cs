using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Monolith.BuildingBlocks.Demo;
using Monolith.BuildingBlocks.Time;
using Monolith.Modules.Inspection.Domain;
using Monolith.Modules.Inspection.Features.DecideAcceptance;
using Monolith.Modules.Inspection.Features.Investigation;
using Monolith.Modules.Inspection.Features.RegisterMatter;
using Monolith.Modules.Inspection.Persistence;

namespace Monolith.Modules.Inspection;

/// <summary>
/// Three demo matters of fake workers and employers, registered through the module's own commands so they carry
/// linkage numbers and deadlines: a collective wage complaint accepted, filed and ordered to pay; a complaint waiting
/// for the acceptance decision; an anonymous report. Off with `Demo:SampleCases=false`.
/// </summary>
internal sealed class InspectionDemoData : IDemoDataSeeder
{
    public int Order => 20;

    public async Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var wanted = services.GetRequiredService<IConfiguration>().GetValue("Demo:SampleCases", defaultValue: true);
        if (!wanted || await services.GetRequiredService<InspectionDbContext>().Cases.AnyAsync(cancellationToken))
        {
            return;
        }

        var mediator = services.GetRequiredService<IMediator>();
        var today = services.GetRequiredService<DeploymentClock>().Today;
        var city = services.GetRequiredService<IOptions<DeploymentOptions>>().Value.DivisionCode;
        var districts = Districts.Of(city);
        string District(int i) => districts.Count > 0 ? districts[i % districts.Count].Code : city;
        var fake = new FakeIdentity(30);

        WorkerInput Worker(bool migrant) => new(fake.PersonName(), fake.ResidentIdNumber(), fake.MobileNumber(), migrant);

        var collective = await mediator.Send(
            new RegisterMatterCommand(
                MatterKind.Complaint,
                IntakeChannel.JointWindow,
                [Worker(true), Worker(true), Worker(true)],
                new EmployerInput(fake.EmployerName(), fake.CreditCode(), "南昌市示例路1号"),
                District(0),
                ViolationCategory.UnpaidWages,
                "三名进城务工人员反映用人单位拖欠2026年1月至2月工资，多次催要未果。",
                42_600m,
                today.AddMonths(-3),
                null,
                ViolationContinuing: true),
            cancellationToken);
        await mediator.Send(new AcceptCaseCommand(collective.Id, WithinRemit: true, WithinJurisdiction: true), cancellationToken);
        await mediator.Send(new IssueOrderCommand(collective.Id, OrderKind.Payment, "支付拖欠的劳动者工资", 42_600m, 15), cancellationToken);

        await mediator.Send(
            new RegisterMatterCommand(
                MatterKind.Complaint,
                IntakeChannel.Worker,
                [Worker(false)],
                new EmployerInput(fake.EmployerName(), fake.CreditCode(), null),
                District(1),
                ViolationCategory.NoWrittenContract,
                "入职已满三个月，用人单位未与劳动者订立书面劳动合同。",
                null,
                today.AddMonths(-4),
                null,
                ViolationContinuing: true),
            cancellationToken);

        await mediator.Send(
            new RegisterMatterCommand(
                MatterKind.Report,
                IntakeChannel.Union,
                [],
                new EmployerInput(fake.EmployerName(), fake.CreditCode(), null),
                District(2),
                ViolationCategory.WorkingHours,
                "举报用人单位安排职工每日工作12小时以上且不支付加班工资。",
                null,
                null,
                null,
                ViolationContinuing: true),
            cancellationToken);
    }
}
