using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Monolith.BuildingBlocks.Web;

namespace Monolith.BuildingBlocks.Tests.Unit.Web;

public sealed class ProblemDetailsExceptionHandlerTests
{
    [Fact]
    public async Task An_unexpected_exception_becomes_a_Chinese_500_problem_that_keeps_its_message_out_of_the_response()
    {
        await using var services = new ServiceCollection().AddLogging().AddProblemDetails().BuildServiceProvider();
        var context = new DefaultHttpContext { RequestServices = services };
        context.Request.Path = "/api/anything";
        context.Response.Body = new MemoryStream();
        var handler = new ProblemDetailsExceptionHandler(services.GetRequiredService<IProblemDetailsService>(), NullLogger<ProblemDetailsExceptionHandler>.Instance);

        var handled = await handler.TryHandleAsync(context, new InvalidOperationException("连接串 Server=db01;Password=秘密"), CancellationToken.None);

        Assert.True(handled);
        Assert.Equal(StatusCodes.Status500InternalServerError, context.Response.StatusCode);
        context.Response.Body.Position = 0;
        var body = await new StreamReader(context.Response.Body).ReadToEndAsync();
        using var problem = JsonDocument.Parse(body);
        Assert.Equal(500, problem.RootElement.GetProperty("status").GetInt32());
        Assert.Equal("服务器内部错误", problem.RootElement.GetProperty("title").GetString());
        Assert.Contains("traceId", problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("秘密", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Failed to bind parameter \"int? pageNumber\" from \"x\".", "pageNumber", 400)]
    [InlineData("Required parameter \"string status\" was not provided from query string.", "status", 400)]
    [InlineData("Implicit body inferred for parameter \"command\" but no body was provided.", "body", 400)]
    [InlineData("Expected a supported JSON media type but got \"text/plain\".", "body", 415)]
    public void A_request_that_does_not_bind_names_the_parameter_and_keeps_the_frameworks_status(string message, string field, int status)
    {
        var problem = (Microsoft.AspNetCore.Mvc.ValidationProblemDetails)ProblemDetailsExceptionHandler.ToProblem(new BadHttpRequestException(message, status));

        Assert.Equal(status, problem.Status);
        Assert.Equal([field], problem.Errors.Keys);
    }
}
