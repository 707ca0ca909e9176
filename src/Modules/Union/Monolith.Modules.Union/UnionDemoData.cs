using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Monolith.BuildingBlocks.Calendar;
using Monolith.BuildingBlocks.Demo;
using Monolith.BuildingBlocks.Modules;
using Monolith.BuildingBlocks.Scheduling;
using Monolith.BuildingBlocks.Time;
using Monolith.Modules.Union.Contracts;
using Monolith.Modules.Union.Domain;
using Monolith.Modules.Union.Features;
using Monolith.Modules.Union.Features.Meetings;
using Monolith.Modules.Union.Persistence;

namespace Monolith.Modules.Union;

/// <summary>
/// Demo meetings of fake people: a joint meeting held three weeks ago with published minutes and action items (one of
/// them overdue, so supervision has it), this year's annual consultation scheduled a month ahead through the module's
/// own command (invitations and reminders included), and an open coordination request in the queue. The held meeting
/// is built through the domain with back-dated times, since no command may schedule in the past.
/// </summary>
internal sealed class UnionDemoData : IDemoDataSeeder
{
    public int Order => 30;

    public async Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var wanted = services.GetRequiredService<IConfiguration>().GetValue("Demo:SampleCases", defaultValue: true);
        var db = services.GetRequiredService<UnionDbContext>();
        if (!wanted || await db.Meetings.AnyAsync(cancellationToken))
        {
            return;
        }

        var clock = services.GetRequiredService<DeploymentClock>();
        var directory = services.GetRequiredService<ModuleDirectory>();
        var calendar = await services.GetRequiredService<WorkingDayCalendarProvider>().GetAsync(cancellationToken);
        var agencies = directory.Agencies.Where(a => a.Name is "Inspection" or "Arbitration" or "Union" or "LegalAid").ToList();
        if (agencies.Count == 0)
        {
            return;
        }

        var fake = new FakeIdentity(9);
        var participants = agencies.Select(a => new MeetingParticipant(a.Name, a.AgencyName, fake.PersonName(), a.DemoAccounts.Count > 0 ? a.DemoAccounts[0].UserName : null)).ToList();
        var now = clock.UtcNow;
        var heldOn = calendar.SubtractWorkingDays(clock.Today, 15);
        var held = Meeting.Schedule(
            Guid.CreateVersion7(now.AddDays(-30)), MeetingKind.JointMeeting, $"{heldOn.Year}年第一次政府与工会联席会议",
            clock.StartOfDay(heldOn) + new TimeSpan(9, 30, 0), clock.StartOfDay(heldOn) + new TimeSpan(11, 30, 0),
            "市总工会三楼会议室", null, "市总工会", agencies.Select(a => a.Name), participants,
            [("通报近期拖欠农民工工资线索办理情况", AgendaSource.Manual, null), ("研究建筑领域欠薪联动处置措施", AgendaSource.Manual, null)],
            clock.StartOfDay(heldOn).AddDays(-10), "admin");
        var owner = (Func<string, ModuleInfo>)(name => agencies.FirstOrDefault(a => a.Name == name) ?? agencies[0]);
        held.SaveMinutes(
            string.Join("、", participants.Select(p => $"{p.AgencyName} {p.Name}")),
            "会议通报了近期欠薪线索的办理情况，研究了建筑领域欠薪的联动处置措施，明确了各单位分工。",
            [
                new MinutesDecision(1, "对反映集中的建筑工地开展欠薪专项检查", owner("Inspection").Name, owner("Inspection").AgencyName, fake.PersonName(), calendar.AddWorkingDays(clock.Today, 10)),
                new MinutesDecision(2, "对涉及该工地的仲裁申请开辟绿色通道并汇总办理情况", owner("Arbitration").Name, owner("Arbitration").AgencyName, fake.PersonName(), calendar.SubtractWorkingDays(clock.Today, 2)),
                new MinutesDecision(3, "下次联席会议通报上述事项办理结果", null, null, null, null),
            ],
            heldOn,
            clock.StartOfDay(heldOn) + new TimeSpan(15, 0, 0));
        var publishedAt = clock.StartOfDay(heldOn).AddDays(1) + new TimeSpan(10, 0, 0);
        var assigned = held.PublishMinutes(publishedAt, "admin");
        db.Meetings.Add(held);
        var options = services.GetRequiredService<IOptions<MeetingOptions>>().Value;
        var scheduler = services.GetRequiredService<WorkScheduler>();
        foreach (var decision in assigned)
        {
            var item = ActionItem.Assign(Guid.CreateVersion7(publishedAt), held, decision, clock.EndOfDay(decision.DueDate!.Value), publishedAt);
            db.ActionItems.Add(item);
            ActionItemWork.Schedule(db, scheduler, item, options, now);
        }

        var requester = owner("Inspection");
        db.MeetingRequests.Add(MeetingRequest.Receive(
            Guid.CreateVersion7(now), requester.Name, requester.AgencyName, "某物流公司拖欠快递员劳动报酬", "涉及新就业形态劳动者四十余人，需监察、仲裁、工会、法援共同研究化解方案。",
            [], fake.PersonName(), now.AddHours(-3)));
        await db.SaveChangesAsync(cancellationToken);

        var consultationDay = calendar.AddWorkingDays(clock.Today, 22);
        await services.GetRequiredService<IMediator>().Send(
            new ScheduleMeetingCommand(
                MeetingKind.AnnualConsultation, null, consultationDay, new TimeOnly(9, 0), new TimeOnly(12, 0), "市总工会一楼报告厅", null, "市总工会",
                [.. agencies.Select(a => a.Name)], [.. participants.Select(p => new ParticipantInput(p.AgencyModule, p.Name, p.UserName))], null, null),
            cancellationToken);
    }
}
