using FluentValidation;
using FluentValidation.Results;
using MediatR;
using Monolith.BuildingBlocks.Application;
using Monolith.BuildingBlocks.Application.Behaviors;
using NSubstitute;

namespace Monolith.BuildingBlocks.Tests.Unit.Behaviors;

public sealed class ValidationBehaviorTests
{
    [Fact]
    public async Task Failures_of_every_validator_are_collected_under_camel_case_json_paths_and_the_handler_is_not_called()
    {
        var next = Substitute.For<RequestHandlerDelegate<Guid>>();
        var behavior = Behavior(new ApplicationValidator(), new NoteValidator());
        var request = new RegisterApplication(
            new Applicant("张三", IdNumber: ""),
            [new Claim("UnpaidWages", 1000m), new Claim("Compensation", -5m)],
            Note: "");

        var error = await Assert.ThrowsAsync<RequestValidationException>(() => behavior.Handle(request, CancellationToken.None, next));

        Assert.Equal(["applicant.idNumber", "claims[1].amount", "note"], error.Errors.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(["请填写身份证号。"], error.Errors["applicant.idNumber"]);
        Assert.Equal(["金额须大于0。"], error.Errors["claims[1].amount"]);
        Assert.Equal(["请填写备注。"], error.Errors["note"]);
        await next.DidNotReceive().Invoke();
    }

    [Fact]
    public async Task Messages_for_one_field_from_several_validators_are_grouped_without_repeats()
    {
        var first = FailingValidator(new ValidationFailure("Claims[0].Amount", "金额须大于0。"), new ValidationFailure("Note", "请填写备注。"));
        var second = FailingValidator(new ValidationFailure("Claims[0].Amount", "金额须大于0。"), new ValidationFailure("Claims[0].Amount", "金额过大。"));
        var next = Substitute.For<RequestHandlerDelegate<Guid>>();

        var error = await Assert.ThrowsAsync<RequestValidationException>(
            () => Behavior(first, second).Handle(ValidRequest(), CancellationToken.None, next));

        Assert.Equal(2, error.Errors.Count);
        Assert.Equal(["金额须大于0。", "金额过大。"], error.Errors["claims[0].amount"]);
        Assert.Equal(["请填写备注。"], error.Errors["note"]);
        await next.DidNotReceive().Invoke();
    }

    [Fact]
    public async Task A_failure_of_only_the_second_validator_still_stops_the_request()
    {
        var passing = FailingValidator();
        var failing = FailingValidator(new ValidationFailure("Note", "请填写备注。"));
        var next = Substitute.For<RequestHandlerDelegate<Guid>>();

        var error = await Assert.ThrowsAsync<RequestValidationException>(
            () => Behavior(passing, failing).Handle(ValidRequest(), CancellationToken.None, next));

        Assert.Equal("note", Assert.Single(error.Errors).Key);
        await passing.Received(1).ValidateAsync(Arg.Any<IValidationContext>(), Arg.Any<CancellationToken>());
        await next.DidNotReceive().Invoke();
    }

    [Fact]
    public async Task A_valid_request_goes_to_the_handler_once_and_its_response_is_returned()
    {
        var id = Guid.NewGuid();
        var next = Substitute.For<RequestHandlerDelegate<Guid>>();
        next.Invoke().Returns(id);

        var response = await Behavior(new ApplicationValidator(), new NoteValidator()).Handle(ValidRequest(), CancellationToken.None, next);

        Assert.Equal(id, response);
        await next.Received(1).Invoke();
    }

    [Fact]
    public async Task A_request_without_validators_goes_to_the_handler()
    {
        var next = Substitute.For<RequestHandlerDelegate<Guid>>();
        next.Invoke().Returns(Guid.Empty);

        await Behavior().Handle(ValidRequest(), CancellationToken.None, next);

        await next.Received(1).Invoke();
    }

    [Fact]
    public async Task Each_validator_is_given_the_request_being_handled()
    {
        var validator = FailingValidator();
        var request = ValidRequest();
        var next = Substitute.For<RequestHandlerDelegate<Guid>>();

        await Behavior(validator).Handle(request, CancellationToken.None, next);

        await validator.Received(1).ValidateAsync(
            Arg.Is<IValidationContext>(c => ReferenceEquals(c.InstanceToValidate, request)), Arg.Any<CancellationToken>());
    }

    private static ValidationBehavior<RegisterApplication, Guid> Behavior(params IValidator<RegisterApplication>[] validators) => new(validators);

    private static RegisterApplication ValidRequest() =>
        new(new Applicant("张三", "TEST-ID-0001"), [new Claim("UnpaidWages", 1000m)], "欠薪三个月");

    private static IValidator<RegisterApplication> FailingValidator(params ValidationFailure[] failures)
    {
        var validator = Substitute.For<IValidator<RegisterApplication>>();
        validator.ValidateAsync(Arg.Any<IValidationContext>(), Arg.Any<CancellationToken>()).Returns(new ValidationResult(failures));
        return validator;
    }

    public sealed record Applicant(string? Name, string? IdNumber);

    public sealed record Claim(string? Type, decimal Amount);

    public sealed record RegisterApplication(Applicant Applicant, IReadOnlyList<Claim> Claims, string? Note) : ICommand<Guid>;

    private sealed class ApplicantValidator : AbstractValidator<Applicant>
    {
        public ApplicantValidator() => RuleFor(a => a.IdNumber).NotEmpty().WithMessage("请填写身份证号。");
    }

    private sealed class ApplicationValidator : AbstractValidator<RegisterApplication>
    {
        public ApplicationValidator()
        {
            RuleFor(c => c.Applicant).SetValidator(new ApplicantValidator());
            RuleForEach(c => c.Claims).ChildRules(claim => claim.RuleFor(x => x.Amount).GreaterThan(0).WithMessage("金额须大于0。"));
        }
    }

    private sealed class NoteValidator : AbstractValidator<RegisterApplication>
    {
        public NoteValidator() => RuleFor(c => c.Note).NotEmpty().WithMessage("请填写备注。");
    }
}
