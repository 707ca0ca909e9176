using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Monolith.BuildingBlocks.Web;

/// <summary>
/// How the service answers a failure: under /api with RFC 7807 problem details, elsewhere with the Chinese HTML
/// error page at <see cref="Path"/> (the host's page). Every unhandled exception is logged once, at error level, with
/// the trace id the answer shows, by <see cref="ProblemDetailsExceptionHandler"/>.
/// </summary>
public static class ErrorPages
{
    public const string Path = "/Error";

    public static bool IsApi(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return IsApi(request.PathBase + request.Path);
    }

    public static bool IsApi(PathString path) => path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase);

    /// <summary>The id the problem-details writer puts in the body as "traceId", the error page shows and the log line carries.</summary>
    public static string TraceId(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        return Activity.Current?.Id ?? httpContext.TraceIdentifier;
    }

    /// <summary>Exception handling and status-code pages: problem details for the API, the HTML page for pages.</summary>
    public static IApplicationBuilder UsePlatformErrorHandling(this IApplicationBuilder app)
    {
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandlingPath = Path,

            // A page's NotFoundException re-executes the error page with 404; without this the middleware rethrows.
            AllowStatusCode404Response = true,

            // The middleware would log only what no handler took (the page requests), and without the trace id; the
            // handler logs every one, once.
            SuppressDiagnosticsCallback = _ => true,
        });
        app.UseWhen(context => IsApi(context.Request), api => api.UseStatusCodePages());
        app.UseWhen(context => !IsApi(context.Request), pages => pages.UseStatusCodePagesWithReExecute(Path, "?status={0}"));
        return app;
    }

    public static string Title(int status) => status switch
    {
        StatusCodes.Status400BadRequest => "请求有误",
        StatusCodes.Status403Forbidden => "无权访问",
        StatusCodes.Status404NotFound => "页面或记录不存在",
        StatusCodes.Status405MethodNotAllowed => "不支持该操作",
        StatusCodes.Status409Conflict => "当前状态下不能办理",
        StatusCodes.Status429TooManyRequests => "操作过于频繁",
        >= 500 => "服务器内部错误",
        _ => "请求未能完成",
    };

    public static string Explanation(int status) => status switch
    {
        StatusCodes.Status400BadRequest => "提交的内容无法处理，请返回上一页核对后重新提交。",
        StatusCodes.Status403Forbidden => "您的账号无权进行该操作。",
        StatusCodes.Status404NotFound => "您要找的页面或记录不存在，可能已被处理或地址有误。",
        StatusCodes.Status405MethodNotAllowed => "该页面不支持这种操作方式。",
        StatusCodes.Status409Conflict => "该事项的状态已经改变，请刷新后核对再办理。",
        StatusCodes.Status429TooManyRequests => "请稍等片刻再试。",
        >= 500 => "请求未能完成。请刷新核对办理结果后再重试；如仍失败，请联系系统管理员。",
        _ => "请返回首页重试。",
    };
}
