using FluentValidation;
using Monolith.BuildingBlocks.Domain;

namespace Monolith.BuildingBlocks.Application.Validation;

/// <summary>FluentValidation rules for the identifiers every module takes in, with the domain's Chinese messages.</summary>
public static class IdentityValidationRules
{
    /// <summary>居民身份证号 (GB 11643): 18 characters, valid address code and date of birth, check digit.</summary>
    public static IRuleBuilderOptionsConditions<T, string?> ResidentIdNumber<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Custom((value, context) => AddFailure(context, Domain.ResidentIdNumber.Validate(value)));

    /// <summary>统一社会信用代码 (GB 32100): 18 characters of the code alphabet, check character.</summary>
    public static IRuleBuilderOptionsConditions<T, string?> UnifiedSocialCreditCode<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Custom((value, context) => AddFailure(context, Domain.UnifiedSocialCreditCode.Validate(value)));

    /// <summary>Mainland mobile or landline number.</summary>
    public static IRuleBuilderOptionsConditions<T, string?> ChinesePhoneNumber<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Custom((value, context) => AddFailure(context, Domain.ChinesePhoneNumber.Validate(value)));

    private static void AddFailure<T>(ValidationContext<T> context, string? error)
    {
        if (error is not null)
        {
            context.AddFailure(error);
        }
    }
}
