using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Logging;
using Monolith.BuildingBlocks.Application;
using Monolith.BuildingBlocks.Domain;

namespace Monolith.BuildingBlocks.Web;

/// <summary>
/// Turns the application's exceptions into RFC 7807 problem details: 400 with one entry per field for validation
/// failures, 404 for unknown things, 409 for business-rule refusals and concurrent changes, 500 for anything else.
/// A 500 is logged here, once, at error level, with its trace id (the one the response shows) and the stack: the
/// exception middleware itself logs nothing for exceptions a handler takes (<see cref="ErrorPages"/>). Messages are
/// Chinese. Outside /api the answer is the Chinese HTML error page, not JSON: this handler declines, and the middleware
/// re-executes <see cref="ErrorPages.Path"/> with the status set here.
/// </summary>
internal sealed partial class ProblemDetailsExceptionHandler(IProblemDetailsService problemDetails, ILogger<ProblemDetailsExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var problem = ToProblem(exception);
        var status = problem.Status!.Value;

        // The middleware has already pointed the request at the error page: the original path is in its feature.
        var path = httpContext.Features.Get<IExceptionHandlerPathFeature>()?.Path ?? httpContext.Request.Path.Value ?? string.Empty;
        if (status >= StatusCodes.Status500InternalServerError)
        {
            LogUnhandled(logger, exception, ErrorPages.TraceId(httpContext), httpContext.Request.Method, path);
        }

        httpContext.Response.StatusCode = status;
        if (!ErrorPages.IsApi(path))
        {
            return false;
        }

        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = problem,
            Exception = exception,
        });
    }

    public static ProblemDetails ToProblem(Exception exception) => exception switch
    {
        RequestValidationException validation => new ValidationProblemDetails(validation.Errors.ToDictionary(e => e.Key, e => e.Value))
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "请求参数有误",
            Detail = "请按字段提示修改后重新提交。",
        },
        BadHttpRequestException badRequest => BadRequestProblem(badRequest),
        IdempotencyKeyReusedException reused => new ValidationProblemDetails(new Dictionary<string, string[]> { [IdempotencyKey.Header] = [reused.Message] })
        {
            Status = StatusCodes.Status422UnprocessableEntity,
            Title = "幂等键已用于另一请求",
            Detail = reused.Message,
        },
        IdempotencyKeyInUseException inUse => new ProblemDetails
        {
            Status = StatusCodes.Status409Conflict,
            Title = "同一请求正在处理",
            Detail = inUse.Message,
            Extensions = { ["code"] = "idempotency-key-in-use" },
        },
        NotFoundException notFound => new ProblemDetails
        {
            Status = StatusCodes.Status404NotFound,
            Title = "未找到",
            Detail = notFound.Message,
        },
        BusinessRuleViolationException rule => new ProblemDetails
        {
            Status = StatusCodes.Status409Conflict,
            Title = "当前状态下不能办理",
            Detail = rule.Message,
            Extensions = { ["code"] = rule.Code },
        },
        Microsoft.EntityFrameworkCore.DbUpdateConcurrencyException => new ProblemDetails
        {
            Status = StatusCodes.Status409Conflict,
            Title = "数据已被他人修改",
            Detail = "同一事项刚被其他人办理，请刷新后核对再提交。",
            Extensions = { ["code"] = "concurrency-conflict" },
        },
        _ => new ProblemDetails
        {
            Status = StatusCodes.Status500InternalServerError,
            Title = "服务器内部错误",
            Detail = "请求未能完成。请刷新核对办理结果后再重试；如仍失败，请将 traceId 告知系统管理员。",
        },
    };

    /// <summary>
    /// A body that is not valid JSON, a value of the wrong type, or a query or route value that does not bind: name the
    /// JSON path the parser stopped at, or the parameter. The framework's own status is kept (415 for a body that is not
    /// JSON at all, 413 for one too large).
    /// </summary>
    private static ValidationProblemDetails BadRequestProblem(BadHttpRequestException exception)
    {
        var json = exception.InnerException as System.Text.Json.JsonException;
        var field = json?.Path is { Length: > 2 } path ? path.TrimStart('$', '.')
            : json is null && !exception.Message.Contains("body", StringComparison.OrdinalIgnoreCase)
                && ParameterName().Match(exception.Message) is { Success: true } parameter ? parameter.Groups["name"].Value
            : "body";
        var status = exception.StatusCode is >= 400 and < 500 ? exception.StatusCode : StatusCodes.Status400BadRequest;
        return new ValidationProblemDetails(new Dictionary<string, string[]>
        {
            [field] = [json is not null || field != "body" ? "值的格式或类型不正确。" : "请求体无法读取。"],
        })
        {
            Status = status,
            Title = "请求参数有误",
            Detail = status == StatusCodes.Status415UnsupportedMediaType ? "请求体须为 JSON（Content-Type: application/json）。" : "请求体不是有效的 JSON，或字段类型不正确。",
        };
    }

    [LoggerMessage(EventName = "UnhandledException", Level = LogLevel.Error, Message = "Unhandled exception, trace id {TraceId}, on {Method} {Path}")]
    private static partial void LogUnhandled(ILogger logger, Exception exception, string traceId, string method, string path);

    // Minimal APIs say which parameter did not bind: 'Failed to bind parameter "int? pageNumber" from "x".' or
    // 'Required parameter "string status" was not provided from query string.' Messages about the body name "body".
    [GeneratedRegex(@"parameter ""(?:[^""]* )?(?<name>[A-Za-z_][A-Za-z0-9_]*)""")]
    private static partial Regex ParameterName();
}
