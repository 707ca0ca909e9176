using MediatR;
using Monolith.BuildingBlocks.Auditing;
using Monolith.BuildingBlocks.Domain;
using Monolith.BuildingBlocks.Modules;
using Monolith.BuildingBlocks.Persistence;

namespace Monolith.BuildingBlocks.Application.Behaviors;

/// <summary>
/// Records every command and every read of a person's data: who, when, what, on which matter, and how it ended.
/// A command is recorded under the linkage numbers of the matters its unit of work touched, else under the subject it
/// names. A read is recorded once per scope: a page that shows a record, with the nested reads that fill it, is one
/// access, recorded with the matters or records it showed (<see cref="IAuditShown"/>). It sits outside the transaction
/// so that a refusal or failure is recorded even though the command is rolled back; a success is written inside the
/// command's own transaction (<see cref="UnitOfWorkScope.BeforeCommit"/>).
/// </summary>
internal sealed class AuditBehavior<TRequest, TResponse>(
    IAuditLog auditLog, ModuleCatalog modules, UnitOfWorkScope unitOfWork, PersonalDataReads reads, UnitOfWorkResolver unitsOfWork, IServiceProvider services)
    : IPipelineBehavior<TRequest, TResponse>
{
    /// <summary>The audit log's subject column holds this many characters.</summary>
    private const int MaxSubjectLength = 128;

    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        var kind = request switch
        {
            IUnaudited => null,
            ICommandBase => AuditKind.Command,
            IPersonalDataQuery when reads.TryBegin() => AuditKind.PersonalDataRead,
            _ => (AuditKind?)null,
        };
        if (kind is null)
        {
            return await next();
        }

        var action = (request as IAuditAction)?.AuditAction ?? $"{OwnerName(request)}.{ActionName(typeof(TRequest))}";
        var named = (request as IAuditSubject)?.AuditSubject ?? (request as IPersonalDataQuery)?.AuditSubject;
        // A command that is not sent by another writes its success entry in its own transaction (ADR 0085): no second
        // write transaction, and no committed change without its entry even if the process dies right after the commit.
        var writtenWithin = false;
        using var withinTransaction = kind == AuditKind.Command && !unitOfWork.IsActive
            ? unitOfWork.BeforeCommit(async (db, response, ct) =>
            {
                await auditLog.RecordSuccessWithinAsync(db, action, Subject(request, (response as IAuditSubject)?.AuditSubject ?? named), ct);
                writtenWithin = true;
            })
            : null;
        // A command sent by another that joins its transaction: its success entry goes into that transaction too, with
        // the matters this command touched (the unit of work's list holds the others' as well).
        var mattersBefore = kind == AuditKind.Command && JoinsOpenTransaction(request) ? unitOfWork.Matters.ToHashSet(StringComparer.Ordinal) : null;
        try
        {
            var response = await next();
            if (writtenWithin)
            {
                return response;
            }

            if (mattersBefore is not null)
            {
                var touched = string.Join(",", unitOfWork.Matters.Where(m => !mattersBefore.Contains(m)));
                auditLog.RecordJoinedSuccess(action, touched.Length > 0 ? Truncate(touched) : Subject(request, (response as IAuditSubject)?.AuditSubject ?? named, matters: false));
                return response;
            }

            var shown = kind == AuditKind.PersonalDataRead && response is IAuditShown list ? list.Shown.Distinct().ToList() : null;
            await RecordAsync(kind.Value, action, Subject(request, (response as IAuditSubject)?.AuditSubject ?? named), AuditOutcome.Succeeded, null, shown);
            return response;
        }
        catch (RequestValidationException ex)
        {
            await RecordAsync(kind.Value, action, Subject(request, named), AuditOutcome.Rejected, string.Join(",", ex.Errors.Keys));
            throw;
        }
        catch (BusinessRuleViolationException ex)
        {
            await RecordAsync(kind.Value, action, Subject(request, named), AuditOutcome.Refused, ex.Code);
            throw;
        }
        catch (NotFoundException ex)
        {
            await RecordAsync(kind.Value, action, Subject(request, named), AuditOutcome.NotFound, ex.What);
            throw;
        }
        catch (Exception ex)
        {
            await RecordAsync(kind.Value, action, Subject(request, named), AuditOutcome.Failed, ex.GetType().Name);
            throw;
        }
    }

    private Task RecordAsync(AuditKind kind, string action, string? subject, AuditOutcome outcome, string? detail, IReadOnlyCollection<string>? shown = null) =>
        auditLog.RecordAsync(kind, action, subject, outcome, detail, CancellationToken.None, shown);

    /// <summary>For a command: the matters it touched (linkage numbers), else what it names.</summary>
    private string? Subject(TRequest request, string? named, bool matters = true) =>
        request is not ICommandBase || !matters || unitOfWork.Matters.Count == 0 ? named : Truncate(string.Join(",", unitOfWork.Matters));

    private static string Truncate(string subject) => subject.Length <= MaxSubjectLength ? subject : subject[..(MaxSubjectLength - 1)] + "…";

    private bool JoinsOpenTransaction(TRequest request) =>
        unitOfWork.IsActive && unitsOfWork.For(request!, services).Database.CurrentTransaction is not null;

    private string OwnerName(TRequest request) =>
        (modules.FindOwner(typeof(TRequest)) ?? (request is IModuleScopedRequest scoped ? modules.FindOwner(scoped.ModuleDbContextType) : null))?.Info.Name
        ?? (request is ITargetsModule targeted ? targeted.ModuleName : "Platform");

    private static string ActionName(Type requestType)
    {
        var name = requestType.Name.Split('`')[0];
        foreach (var suffix in new[] { "Command", "Query" })
        {
            if (name.EndsWith(suffix, StringComparison.Ordinal))
            {
                return name[..^suffix.Length];
            }
        }

        return name;
    }
}
