using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Monolith.BuildingBlocks.Demo;
using Monolith.BuildingBlocks.Time;
using Monolith.Modules.Arbitration.Features.DecideAcceptance;
using Monolith.Modules.Arbitration.Features.IssueOneTimeNotice;
using Monolith.Modules.Arbitration.Domain;
using Monolith.Modules.Arbitration.Features.ReferToLegalAid;
using Monolith.Modules.Arbitration.Features.RegisterApplication;
using Monolith.Modules.Arbitration.Persistence;

namespace Monolith.Modules.Arbitration;

/// <summary>
/// Three demo applications of fake workers, registered through the module's own commands so they carry linkage
/// numbers and deadlines; the first came through the linkage mechanism (a linkage case, same-day filing under the local
/// policy) and is referred to legal aid, so the reviewer has something to decide; the second is a collective dispute of
/// twelve workers, filed, with its one-time notice and first hearing three weeks ahead in the first tribunal room, so the
/// clerk has a case to take on to the award. Off with `Demo:SampleCases=false`
/// (accounts and roster only).
/// </summary>
internal sealed class ArbitrationDemoData : IDemoDataSeeder
{
    public int Order => 20;

    public async Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var wanted = services.GetRequiredService<IConfiguration>().GetValue("Demo:SampleCases", defaultValue: true);
        if (!wanted || await services.GetRequiredService<ArbitrationDbContext>().Applications.AnyAsync(cancellationToken))
        {
            return;
        }

        var mediator = services.GetRequiredService<IMediator>();
        var fake = new FakeIdentity(20);
        var claims = new[]
        {
            new ClaimInput(ClaimType.UnpaidWages, 18_600m, "2026年7月至9月工资"),
            new ClaimInput(ClaimType.EconomicCompensation, 9_300m, null),
            new ClaimInput(ClaimType.LabourRelationConfirmation, null, null),
        };
        var clock = services.GetRequiredService<DeploymentClock>();
        var today = clock.Today;
        var registered = new List<RegisteredApplication>();
        for (var i = 0; i < claims.Length; i++)
        {
            registered.Add(await mediator.Send(
                new RegisterApplicationCommand(
                    new WorkerInput(fake.PersonName(), fake.ResidentIdNumber(), fake.MobileNumber(), IsMigrantWorker: i == 0),
                    new EmployerInput(fake.EmployerName(), fake.CreditCode()),
                    [claims[i]],
                    i == 0 ? ApplicationChannel.Linkage : ApplicationChannel.Direct,
                    WorkerCount: i == 1 ? 12 : 1,
                    KnewOfInfringementOn: i == 1 ? today.AddMonths(-2) : null,
                    EmploymentEndedOn: i == 1 ? today.AddMonths(-2) : null),
                cancellationToken));
        }

        await mediator.Send(new ReferToLegalAidCommand(registered[0].Id, ConsentGiven: true, WorkerHasNoAgent: true, EconomicHardshipStated: true), cancellationToken);

        var hearing = today.AddDays(21);
        while (hearing.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
        {
            hearing = hearing.AddDays(1);
        }

        await mediator.Send(new DecideAcceptanceCommand(registered[1].Id, true, null), cancellationToken);
        await mediator.Send(
            new IssueOneTimeNoticeCommand(registered[1].Id, "首席仲裁员 仲裁员甲；仲裁员 仲裁员乙、仲裁员丙", today.AddDays(10), today.AddDays(15), hearing, new TimeOnly(9, 30), "第一仲裁庭"),
            cancellationToken);
    }
}
