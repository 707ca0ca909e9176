using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Monolith.BuildingBlocks.Demo;
using Monolith.BuildingBlocks.Time;
using Monolith.Modules.Mediation.Contracts;
using Monolith.Modules.Mediation.Domain;
using Monolith.Modules.Mediation.Features;
using Monolith.Modules.Mediation.Features.Acceptance;
using Monolith.Modules.Mediation.Features.Agreements;
using Monolith.Modules.Mediation.Features.Applications;
using Monolith.Modules.Mediation.Features.Ending;
using Monolith.Modules.Mediation.Features.Negotiations;
using Monolith.Modules.Mediation.Features.Organisations;
using Monolith.Modules.Mediation.Features.Roster;
using Monolith.Modules.Mediation.Persistence;

namespace Monolith.Modules.Mediation;

/// <summary>
/// A demo register: filed organisations of several kinds (one not yet filed), their mediators and a shared expert pool,
/// all fake and marked （演示）; with <c>Demo:SampleCases</c> also sample matters: an application awaiting acceptance, one in
/// mediation, an agreement in force with its fulfilment notice, a failed mediation (guided to arbitration) and a
/// negotiation awaiting the employer's answer. Registered through
/// the module's own commands, so they carry linkage numbers and deadlines.
/// </summary>
internal sealed class MediationDemoData : IDemoDataSeeder
{
    public int Order => 30;

    public async Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<MediationDbContext>();
        if (await db.Organisations.AnyAsync(cancellationToken))
        {
            return;
        }

        var mediator = services.GetRequiredService<IMediator>();
        var fake = new FakeIdentity(30);
        var filedOn = new DateOnly(2025, 6, 30);
        var organisations = new (string Name, OrganisationKind Kind, string Division, bool Entrusted, int? Staff, string FiledWith)[]
        {
            ("南昌市劳动人事争议仲裁院调解中心（演示）", OrganisationKind.ArbitrationCentre, "360100", true, null, "南昌市人力资源和社会保障局"),
            ("南昌市总工会劳动争议调解中心（演示）", OrganisationKind.UnionCentre, "360100", true, null, "南昌市总工会"),
            ("红谷滩区沙井街道劳动争议调解室（演示）", OrganisationKind.TownshipStreet, "360113", false, null, "红谷滩区人力资源和社会保障局"),
            ("南昌市建筑业劳动争议调解委员会（演示）", OrganisationKind.Industry, "360100", false, null, "南昌市人力资源和社会保障局"),
            ("南昌恒达物流有限公司劳动争议调解委员会（演示）", OrganisationKind.EnterpriseCommittee, "360111", false, 320, "青山湖区总工会"),
            ("青山湖区人民调解委员会（演示）", OrganisationKind.PeoplesMediationCommittee, "360111", false, null, "青山湖区司法局"),
            ("南昌市个体私营企业商会调解委员会（演示）", OrganisationKind.ChamberOfCommerce, "360100", false, null, string.Empty),
        };
        var ids = new List<Guid>();
        for (var i = 0; i < organisations.Length; i++)
        {
            var (name, kind, division, entrusted, staff, filedWith) = organisations[i];
            var id = await mediator.Send(
                new RegisterOrganisationCommand(name, kind, division, null, staff is null ? null : fake.CreditCode(), staff, entrusted), cancellationToken);
            if (filedWith.Length > 0)
            {
                await mediator.Send(new FileOrganisationCommand(id, filedWith, $"调备〔2025〕{i + 1:D3}号", filedOn), cancellationToken);
            }

            ids.Add(id);
            for (var m = 0; m < 2; m++)
            {
                MediatorQualifications[] qualifications = m == 0
                    ? [MediatorQualifications.TrainedMediator, MediatorQualifications.LabourRelationsCoordinator]
                    : [MediatorQualifications.TrainedMediator, i % 2 == 0 ? MediatorQualifications.Lawyer : MediatorQualifications.RetiredJudge];
                await mediator.Send(new AddMediatorCommand(id, fake.PersonName(), fake.MobileNumber(), qualifications), cancellationToken);
            }
        }

        var fields = new[] { ("工伤保险", "江西某大学法学院（演示）"), ("劳务派遣与用工合规", "江西某律师事务所（演示）"), ("工资支付与欠薪治理", "南昌市劳动关系研究会（演示）") };
        foreach (var (field, affiliation) in fields)
        {
            await mediator.Send(new AddExpertCommand(fake.PersonName(), field, affiliation, fake.MobileNumber()), cancellationToken);
        }

        if (!services.GetRequiredService<IConfiguration>().GetValue("Demo:SampleCases", defaultValue: true))
        {
            return;
        }

        var first = await mediator.Send(
            new RegisterApplicationCommand(
                ids[2],
                new WorkerInput(fake.PersonName(), fake.ResidentIdNumber(), fake.MobileNumber()),
                new EmployerInput(fake.EmployerName(), fake.CreditCode()),
                [new ClaimInput(MediationClaimKind.Wages, 8_400m, "2026年1月至2月工资")],
                CaseChannel.Window),
            cancellationToken);
        var mediatorId = await db.Mediators.Where(m => m.OrganisationId == ids[2]).Select(m => m.Id).FirstAsync(cancellationToken);
        await mediator.Send(new AcceptCaseCommand(first.Id, mediatorId), cancellationToken);

        await mediator.Send(
            new RegisterApplicationCommand(
                ids[4],
                new WorkerInput(fake.PersonName(), fake.ResidentIdNumber(), fake.MobileNumber()),
                new EmployerInput(fake.EmployerName(), fake.CreditCode()),
                [new ClaimInput(MediationClaimKind.EconomicCompensation, 12_000m, "解除劳动合同经济补偿")]),
            cancellationToken);

        // An agreement in force with its fulfilment notice, awaiting performance in two weeks.
        var today = services.GetRequiredService<DeploymentClock>().Today;
        var agreed = await RegisterAcceptedAsync(mediator, db, ids[0], fake, new ClaimInput(MediationClaimKind.Wages, 15_600m, "2025年11月至2026年1月工资"), cancellationToken);
        await mediator.Send(
            new DraftAgreementCommand(agreed, "被申请人支付申请人2025年11月至2026年1月工资。\n双方就本争议再无其他纠纷。", 15_000m, today.AddDays(14), "银行转账", "被申请人经营正常，已提供近三个月流水。"),
            cancellationToken);
        await mediator.Send(new ConfirmAgreementCommand(agreed, true, today, today), cancellationToken);
        await mediator.Send(new IssueFulfilmentNoticeCommand(agreed), cancellationToken);

        // A mediation that failed: the worker is guided to arbitration (the commission receives a draft).
        var failed = await RegisterAcceptedAsync(mediator, db, ids[5], fake, new ClaimInput(MediationClaimKind.Damages, 20_000m, "违法解除劳动合同赔偿金"), cancellationToken);
        await mediator.Send(new EndMediationCommand(failed, MediationFailureReason.NoAgreement, "被申请人不同意支付赔偿金"), cancellationToken);

        // A worker's request to negotiate, the employer's five days running.
        await mediator.Send(
            new RequestNegotiationCommand(
                NegotiationRequester.Worker,
                null,
                new WorkerInput(fake.PersonName(), fake.ResidentIdNumber(), fake.MobileNumber()),
                new EmployerInput(fake.EmployerName(), fake.CreditCode()),
                "支付2026年1月加班费",
                3_200m),
            cancellationToken);
    }

    private static async Task<Guid> RegisterAcceptedAsync(IMediator mediator, MediationDbContext db, Guid organisation, FakeIdentity fake, ClaimInput claim, CancellationToken cancellationToken)
    {
        var registered = await mediator.Send(
            new RegisterApplicationCommand(
                organisation,
                new WorkerInput(fake.PersonName(), fake.ResidentIdNumber(), fake.MobileNumber()),
                new EmployerInput(fake.EmployerName(), fake.CreditCode()),
                [claim]),
            cancellationToken);
        var mediatorId = await db.Mediators.Where(m => m.OrganisationId == organisation).Select(m => m.Id).FirstAsync(cancellationToken);
        await mediator.Send(new AcceptCaseCommand(registered.Id, mediatorId), cancellationToken);
        return registered.Id;
    }
}
