using MediatR;
using Monolith.BuildingBlocks.Auditing;
using Monolith.BuildingBlocks.Domain;
using Monolith.BuildingBlocks.Modules;

namespace Monolith.BuildingBlocks.Application.Behaviors;

/// <summary>
/// Records every command and every read of a person's data: who, when, what, on which matter, and how it ended.
/// It sits outside the transaction so the entry is written even when the command is rolled back.
/// </summary>
internal sealed class AuditBehavior<TRequest, TResponse>(IAuditLog auditLog, ModuleCatalog modules) : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        var kind = request switch
        {
            ICommandBase => AuditKind.Command,
            IPersonalDataQuery => AuditKind.PersonalDataRead,
            _ => (AuditKind?)null,
        };
        if (kind is null)
        {
            return await next();
        }

        var owner = modules.FindOwner(typeof(TRequest))
            ?? (request is IModuleScopedRequest scoped ? modules.FindOwner(scoped.ModuleDbContextType) : null);
        var action = $"{owner?.Info.Name ?? "Platform"}.{ActionName(typeof(TRequest))}";
        string? subject = (request as IAuditSubject)?.AuditSubject ?? (request as IPersonalDataQuery)?.AuditSubject;
        try
        {
            var response = await next();
            await auditLog.RecordAsync(kind.Value, action, (response as IAuditSubject)?.AuditSubject ?? subject, AuditOutcome.Succeeded, null, CancellationToken.None);
            return response;
        }
        catch (RequestValidationException ex)
        {
            await auditLog.RecordAsync(kind.Value, action, subject, AuditOutcome.Rejected, string.Join(",", ex.Errors.Keys), CancellationToken.None);
            throw;
        }
        catch (BusinessRuleViolationException ex)
        {
            await auditLog.RecordAsync(kind.Value, action, subject, AuditOutcome.Refused, ex.Code, CancellationToken.None);
            throw;
        }
        catch (NotFoundException ex)
        {
            await auditLog.RecordAsync(kind.Value, action, subject, AuditOutcome.NotFound, ex.What, CancellationToken.None);
            throw;
        }
        catch (Exception ex)
        {
            await auditLog.RecordAsync(kind.Value, action, subject, AuditOutcome.Failed, ex.GetType().Name, CancellationToken.None);
            throw;
        }
    }

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
