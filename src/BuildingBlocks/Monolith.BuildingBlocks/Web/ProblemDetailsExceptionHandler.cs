using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Monolith.BuildingBlocks.Application;
using Monolith.BuildingBlocks.Domain;

namespace Monolith.BuildingBlocks.Web;

/// <summary>
/// Turns the application's exceptions into RFC 7807 problem details: 400 with one entry per field for validation
/// failures, 404 for unknown things, 409 for business-rule refusals and concurrent changes, 500 for anything else
/// (the details stay in the log, found by the trace id). Messages are Chinese.
/// </summary>
internal sealed class ProblemDetailsExceptionHandler(IProblemDetailsService problemDetails) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        ProblemDetails problem = exception switch
        {
            RequestValidationException validation => new ValidationProblemDetails(validation.Errors.ToDictionary(e => e.Key, e => e.Value))
            {
                Status = StatusCodes.Status400BadRequest,
                Title = "请求参数有误",
                Detail = "请按字段提示修改后重新提交。",
            },
            BadHttpRequestException badRequest => BadRequestProblem(badRequest),
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
        httpContext.Response.StatusCode = problem.Status!.Value;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = problem,
            Exception = exception,
        });
    }

    /// <summary>A body that is not valid JSON, or a value of the wrong type: name the JSON path the parser stopped at.</summary>
    private static ValidationProblemDetails BadRequestProblem(BadHttpRequestException exception)
    {
        var json = exception.InnerException as System.Text.Json.JsonException;
        var field = json?.Path is { Length: > 2 } path ? path.TrimStart('$', '.') : "body";
        return new ValidationProblemDetails(new Dictionary<string, string[]>
        {
            [field] = [json is null ? "请求体无法读取。" : "值的格式或类型不正确。"],
        })
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "请求参数有误",
            Detail = "请求体不是有效的 JSON，或字段类型不正确。",
        };
    }
}
