using FluentValidation;
using FluentValidation.Results;
using MediatR;

namespace Monolith.BuildingBlocks.Application.Behaviors;

/// <summary>
/// First the shape every request must have (<see cref="InputGuard"/>: no control or invisible characters, no null in
/// a list, dates the service can compute with), then every validator of the request; on any failure throws before the
/// handler (and its transaction) starts. Validators run only on input that passed the guard.
/// </summary>
internal sealed class ValidationBehavior<TRequest, TResponse>(IEnumerable<IValidator<TRequest>> validators)
    : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        var malformed = InputGuard.Check(request!);
        if (malformed.Count > 0)
        {
            throw new RequestValidationException(malformed);
        }

        var failures = new List<ValidationFailure>();
        foreach (var validator in validators)
        {
            var result = await validator.ValidateAsync(new ValidationContext<TRequest>(request), cancellationToken);
            failures.AddRange(result.Errors);
        }

        if (failures.Count > 0)
        {
            throw new RequestValidationException(failures
                .GroupBy(f => FieldPath.ToJsonPath(f.PropertyName))
                .ToDictionary(g => g.Key, g => g.Select(f => f.ErrorMessage).Distinct().ToArray()));
        }

        return await next();
    }
}
