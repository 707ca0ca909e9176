using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Monolith.BuildingBlocks.Application;
using Monolith.BuildingBlocks.Application.Validation;
using Monolith.BuildingBlocks.Calendar;
using Monolith.BuildingBlocks.Identity;
using Monolith.BuildingBlocks.Persistence;
using Monolith.Modules.Platform.Persistence;

namespace Monolith.Modules.Platform.Calendar;

/// <summary>
/// An administrator publishes (or corrects) a year's holiday schedule from the State Council notice. Deadlines computed
/// provisionally across that year are recomputed by the next sweep.
/// </summary>
internal sealed record PublishCalendarYearCommand(int Year, string? Source, IReadOnlyList<CalendarDayInput>? Days) : ICommand<MediatR.Unit>, IAuditSubject
{
    string IAuditSubject.AuditSubject => $"calendar/{Year}";
}

internal sealed record CalendarDayInput(DateOnly Date, CalendarDayKind Kind, string? Name);

internal sealed class PublishCalendarYearValidator : AbstractValidator<PublishCalendarYearCommand>
{
    public PublishCalendarYearValidator()
    {
        RuleFor(c => c.Year).InclusiveBetween(ServiceDates.First.Year, ServiceDates.Last.Year).WithName("年份");
        RuleFor(c => c.Source).NotEmpty().MaximumLength(256).NameText().WithName("依据（国务院办公厅通知）");
        RuleFor(c => c.Days).NotNull().WithName("日期");
        RuleForEach(c => c.Days).ChildRules(day =>
        {
            day.RuleFor(d => d.Kind).IsInEnum().WithName("类型");
            day.RuleFor(d => d.Name).NotEmpty().MaximumLength(32).NameText().WithName("名称");
        });
        RuleFor(c => c).Custom((command, context) =>
        {
            if (command.Days is null || string.IsNullOrWhiteSpace(command.Source))
            {
                return;
            }

            foreach (var error in ToSchedule(command).Validate())
            {
                context.AddFailure("days", error);
            }
        });
    }

    public static CalendarYearSchedule ToSchedule(PublishCalendarYearCommand command) =>
        new(command.Year, command.Source!, command.Days!.Select(d => new CalendarDayEntry(d.Date, d.Kind, d.Name ?? string.Empty)).ToList());
}

internal sealed class PublishCalendarYearHandler(
    PlatformDbContext db, WorkingDayCalendarProvider calendars, UnitOfWorkScope unitOfWork, ICurrentUser user, TimeProvider time)
    : IRequestHandler<PublishCalendarYearCommand, MediatR.Unit>
{
    public async Task<MediatR.Unit> Handle(PublishCalendarYearCommand request, CancellationToken cancellationToken)
    {
        var existing = await db.CalendarYears.Include(y => y.Days).SingleOrDefaultAsync(y => y.Year == request.Year, cancellationToken);
        if (existing is not null)
        {
            db.CalendarYears.Remove(existing);
            await db.SaveChangesAsync(cancellationToken);
        }

        db.CalendarYears.Add(CalendarStore.ToEntity(PublishCalendarYearValidator.ToSchedule(request), time.GetUtcNow(), user.UserName));
        await db.SaveChangesAsync(cancellationToken);
        unitOfWork.AfterCompletion(calendars.Invalidate);
        return MediatR.Unit.Value;
    }
}
