using System.Diagnostics;
using MediatR;
using Microsoft.Extensions.Logging;
using Monolith.BuildingBlocks.Domain;
using Monolith.BuildingBlocks.Identity;

namespace Monolith.BuildingBlocks.Application.Behaviors;

/// <summary>
/// Outermost behaviour: logs every request with its user, outcome and duration. A failure is logged by its type and,
/// for a refusal, its code or the fields it names; never by its message, which may quote a person's name. An
/// unexpected exception is logged in full, once, where it is answered (the web exception handler, the job, the relay).
/// </summary>
/// <remarks>
/// A request sent inside another's unit of work (an inbox delivery of a batch, a scheduled run of a batch, a query a
/// handler sends) logs its success at Debug: the outer command's line says the work was done, and the audit trail
/// names each joined command. At Information they were about six lines per missed deadline in a flood (issue #14).
/// </remarks>
internal sealed partial class LoggingBehavior<TRequest, TResponse>(ILogger<LoggingBehavior<TRequest, TResponse>> logger, ICurrentUser user, UnitOfWorkScope unitOfWork)
    : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        var joined = unitOfWork.IsActive;
        var started = Stopwatch.GetTimestamp();
        try
        {
            var response = await next();
            var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            var userName = user.UserName;
            if (joined)
            {
                LogJoinedHandled(logger, typeof(TRequest).Name, userName, elapsed);
            }
            else
            {
                LogHandled(logger, typeof(TRequest).Name, userName, elapsed);
            }

            return response;
        }
        catch (Exception ex)
        {
            var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            var userName = user.UserName;
            LogFailed(logger, typeof(TRequest).Name, userName, elapsed, ex.GetType().Name, Reason(ex));
            throw;
        }
    }

    /// <summary>What may be logged of a failure: a refusal's code, a rejection's fields, otherwise nothing.</summary>
    private static string Reason(Exception exception) => exception switch
    {
        BusinessRuleViolationException refused => refused.Code,
        RequestValidationException invalid => string.Join(",", invalid.Errors.Keys),
        NotFoundException notFound => notFound.What,
        _ => "-",
    };

    [LoggerMessage(Level = LogLevel.Information, Message = "{Request} by {User} handled in {ElapsedMs:0.0} ms")]
    private static partial void LogHandled(ILogger logger, string request, string user, double elapsedMs);

    [LoggerMessage(Level = LogLevel.Debug, Message = "{Request} by {User} handled in {ElapsedMs:0.0} ms, within an open unit of work")]
    private static partial void LogJoinedHandled(ILogger logger, string request, string user, double elapsedMs);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Request} by {User} failed after {ElapsedMs:0.0} ms: {ErrorType}: {Reason}")]
    private static partial void LogFailed(ILogger logger, string request, string user, double elapsedMs, string errorType, string reason);
}
