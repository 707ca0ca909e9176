using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Monolith.BuildingBlocks.Application;
using Monolith.BuildingBlocks.Domain;
using Monolith.BuildingBlocks.Identity;
using Monolith.Modules.Platform.Persistence;

namespace Monolith.Modules.Platform.Accounts;

/// <summary>停用账号: the account can no longer sign in, and every session it has ends at its next request.</summary>
internal sealed record DisableAccountCommand(string UserName) : ICommand<MediatR.Unit>, IAuditSubject
{
    string IAuditSubject.AuditSubject => UserName;
}

/// <summary>启用账号: a disabled account may sign in again (with a new session).</summary>
internal sealed record EnableAccountCommand(string UserName) : ICommand<MediatR.Unit>, IAuditSubject
{
    string IAuditSubject.AuditSubject => UserName;
}

/// <summary>解除登录限制: an administrator lifts the sign-in locks of a user name, from every address.</summary>
internal sealed record UnlockSignInCommand(string UserName) : ICommand<MediatR.Unit>, IAuditSubject
{
    string IAuditSubject.AuditSubject => UserName;
}

internal sealed class DisableAccountHandler(PlatformDbContext db, ICurrentUser user) : IRequestHandler<DisableAccountCommand, MediatR.Unit>
{
    public async Task<MediatR.Unit> Handle(DisableAccountCommand request, CancellationToken cancellationToken)
    {
        if (request.UserName == user.UserName)
        {
            throw new BusinessRuleViolationException("identity.disable-self", "不能停用自己正在使用的账号。");
        }

        var account = await db.Accounts.SingleOrDefaultAsync(a => a.UserName == request.UserName, cancellationToken)
            ?? throw new NotFoundException("账号", request.UserName);
        account.IsActive = false;
        account.SecurityStamp = Account.NewSecurityStamp();
        return MediatR.Unit.Value;
    }
}

internal sealed class EnableAccountHandler(PlatformDbContext db) : IRequestHandler<EnableAccountCommand, MediatR.Unit>
{
    public async Task<MediatR.Unit> Handle(EnableAccountCommand request, CancellationToken cancellationToken)
    {
        var account = await db.Accounts.SingleOrDefaultAsync(a => a.UserName == request.UserName, cancellationToken)
            ?? throw new NotFoundException("账号", request.UserName);
        account.IsActive = true;
        account.SecurityStamp = Account.NewSecurityStamp();
        return MediatR.Unit.Value;
    }
}

internal sealed class UnlockSignInHandler(SignInThrottles throttles) : IRequestHandler<UnlockSignInCommand, MediatR.Unit>
{
    public async Task<MediatR.Unit> Handle(UnlockSignInCommand request, CancellationToken cancellationToken)
    {
        await throttles.UnlockAsync(request.UserName, cancellationToken);
        return MediatR.Unit.Value;
    }
}

/// <summary>
/// 修改密码: the signed-in user sets a new password (the endpoint has checked the current one, counted by the sign-in
/// throttle); every session of the account ends, and the endpoint issues the caller a new cookie.
/// </summary>
internal sealed record ChangePasswordCommand(string? NewPassword) : ICommand<MediatR.Unit>
{
    /// <summary>The password stays out of logs.</summary>
    public override string ToString() => nameof(ChangePasswordCommand);
}

internal sealed class ChangePasswordValidator : AbstractValidator<ChangePasswordCommand>
{
    public ChangePasswordValidator() => RuleFor(c => c.NewPassword).StrongPassword().WithName("新密码");
}

internal sealed class ChangePasswordHandler(PlatformDbContext db, IPasswordHasher<Account> hasher, ICurrentUser user)
    : IRequestHandler<ChangePasswordCommand, MediatR.Unit>
{
    public async Task<MediatR.Unit> Handle(ChangePasswordCommand request, CancellationToken cancellationToken)
    {
        var account = await db.Accounts.SingleOrDefaultAsync(a => a.UserName == user.UserName && a.IsActive, cancellationToken)
            ?? throw new NotFoundException("账号", user.UserName);
        account.PasswordHash = hasher.HashPassword(account, request.NewPassword!);
        account.SecurityStamp = Account.NewSecurityStamp();
        return MediatR.Unit.Value;
    }
}

internal static class PasswordRules
{
    /// <summary>At least 10 characters with letters and digits, at most the length sign-in accepts.</summary>
    public static IRuleBuilderOptions<T, string?> StrongPassword<T>(this IRuleBuilder<T, string?> rule) =>
        rule.NotEmpty().MinimumLength(10).MaximumLength(Monolith.BuildingBlocks.Identity.AuthEndpoints.MaxPasswordLength)
            .Must(p => p is not null && p.Any(char.IsLetter) && p.Any(char.IsDigit))
            .WithMessage("密码至少10位，且须同时包含字母和数字。");
}
