using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Monolith.BuildingBlocks.Application;
using Monolith.BuildingBlocks.Domain;
using Monolith.BuildingBlocks.Modules;
using Monolith.Modules.Platform.Persistence;

namespace Monolith.Modules.Platform.Accounts;

/// <summary>An administrator adds a staff account with one role.</summary>
internal sealed record CreateAccountCommand(string UserName, string DisplayName, string Role, string Password, string? Email = null) : ICommand<Guid>, IAuditSubject
{
    string IAuditSubject.AuditSubject => UserName;
}

internal sealed class CreateAccountValidator : AbstractValidator<CreateAccountCommand>
{
    public CreateAccountValidator(ModuleDirectory modules)
    {
        RuleFor(c => c.UserName).NotEmpty().Matches("^[a-z][a-z0-9._-]{2,31}$")
            .WithMessage("用户名应为3–32位小写字母、数字或 . _ -，以字母开头。").WithName("用户名");
        RuleFor(c => c.DisplayName).NotEmpty().MaximumLength(32).WithName("姓名");
        RuleFor(c => c.Role).Must(modules.IsRole).WithMessage("角色无效。").WithName("角色");
        RuleFor(c => c.Password).NotEmpty().MinimumLength(10)
            .Must(p => p is not null && p.Any(char.IsLetter) && p.Any(char.IsDigit))
            .WithMessage("密码至少10位，且须同时包含字母和数字。").WithName("密码");
        RuleFor(c => c.Email).EmailAddress().MaximumLength(128).When(c => !string.IsNullOrEmpty(c.Email)).WithName("电子邮箱");
    }
}

internal sealed class CreateAccountHandler(PlatformDbContext db, AccountService accounts) : IRequestHandler<CreateAccountCommand, Guid>
{
    public async Task<Guid> Handle(CreateAccountCommand request, CancellationToken cancellationToken)
    {
        if (await db.Accounts.AnyAsync(a => a.UserName == request.UserName, cancellationToken))
        {
            throw new BusinessRuleViolationException("identity.duplicate-user", $"用户名 {request.UserName} 已存在。");
        }

        var account = accounts.NewAccount(request.UserName, request.DisplayName, request.Role, request.Password);
        account.Email = string.IsNullOrWhiteSpace(request.Email) ? null : request.Email.Trim();
        db.Accounts.Add(account);
        return account.Id;
    }
}
