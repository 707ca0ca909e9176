namespace Monolith.BuildingBlocks.Application;

/// <summary>
/// A request failed validation. Keys are JSON paths of the request body in camelCase (e.g. "applicant.idNumber",
/// "claims[0].amount"); values are Chinese messages. Thrown before anything is written.
/// </summary>
public sealed class RequestValidationException(IReadOnlyDictionary<string, string[]> errors)
    : Exception("请求参数有误：" + string.Join("；", errors.SelectMany(e => e.Value.Select(m => $"{e.Key}: {m}"))))
{
    public IReadOnlyDictionary<string, string[]> Errors { get; } = errors;

    public static RequestValidationException For(string field, string message) =>
        new(new Dictionary<string, string[]> { [field] = [message] });
}
