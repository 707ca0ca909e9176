using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Monolith.BuildingBlocks.Application;
using Monolith.BuildingBlocks.Auditing;
using Monolith.BuildingBlocks.Domain;
using Monolith.BuildingBlocks.Identity;
using Monolith.Modules.Platform.Accounts;
using Monolith.BuildingBlocks.Persistence;
using Monolith.Modules.Platform.Audit;
using Monolith.Modules.Platform.Calendar;
using Monolith.Modules.Platform.Persistence;
using Monolith.Testing;

namespace Monolith.Modules.Platform.Tests.Integration;

/// <summary>Local accounts: sign-in, lockout on the fake clock, the audit of every attempt, and account creation.</summary>
public sealed class IdentityTests : IAsyncLifetime
{
    private const string UserName = "clerk.li";
    private const string Password = "Clerk2026pass";

    private PlatformFixture platform = null!;

    public async Task InitializeAsync()
    {
        platform = await PlatformFixture.CreateAsync([new StaffRoles()], policyProfile: null);
        await platform.SendAsync(new CreateAccountCommand(UserName, "李文书", "ArbitrationClerk", Password));
    }

    public async Task DisposeAsync() => await platform.DisposeAsync();

    [Fact]
    public async Task The_right_password_signs_in_with_the_accounts_name_role_and_display_name()
    {
        var attempt = await SignIn(UserName, Password);

        Assert.True(attempt.Succeeded);
        Assert.Null(attempt.Error);
        var principal = attempt.Principal!;
        Assert.True(principal.Identity!.IsAuthenticated);
        Assert.Equal(UserName, principal.Identity.Name);
        Assert.True(principal.IsInRole("ArbitrationClerk"));
        Assert.Equal("ArbitrationClerk", principal.FindFirstValue(ClaimTypes.Role));
        Assert.Equal("李文书", principal.FindFirstValue(PlatformClaims.DisplayName));
        Assert.Equal((await StoredAccount()).Id.ToString(), principal.FindFirstValue(ClaimTypes.NameIdentifier));
        Assert.Equal(platform.Clock.GetUtcNow(), (await StoredAccount()).LastLoginAt);
    }

    [Fact]
    public async Task A_wrong_password_is_refused_with_the_same_message_as_an_unknown_user()
    {
        var wrong = await SignIn(UserName, "Wrong2026pass");
        var unknown = await SignIn("nobody", Password);

        Assert.False(wrong.Succeeded);
        Assert.Null(wrong.Principal);
        Assert.Equal(AccountService.WrongCredentials, wrong.Error);
        Assert.Equal(AccountService.WrongCredentials, unknown.Error);
        Assert.Equal(1, (await Throttle(UserName)).Failures);
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_for_fifteen_minutes_even_against_the_right_password()
    {
        for (var i = 0; i < 4; i++)
        {
            Assert.Equal(AccountService.WrongCredentials, (await SignIn(UserName, "Wrong2026pass")).Error);
        }

        Assert.Null((await Throttle(UserName)).LockedUntil);
        Assert.False((await SignIn(UserName, "Wrong2026pass")).Succeeded);
        var lockedAt = platform.Clock.GetUtcNow();
        Assert.Equal(lockedAt + TimeSpan.FromMinutes(15), (await Throttle(UserName)).LockedUntil);

        var whileLocked = await SignIn(UserName, Password);
        Assert.False(whileLocked.Succeeded);
        Assert.Contains("暂停登录", whileLocked.Error, StringComparison.Ordinal);
        Assert.Contains("09:15", whileLocked.Error, StringComparison.Ordinal); // local time the lock ends

        platform.Clock.Advance(TimeSpan.FromMinutes(15) - TimeSpan.FromSeconds(1));
        Assert.False((await SignIn(UserName, Password)).Succeeded);

        platform.Clock.Advance(TimeSpan.FromSeconds(1));
        var afterwards = await SignIn(UserName, Password);
        Assert.True(afterwards.Succeeded);
        var throttle = await Throttle(UserName);
        Assert.Null(throttle.LockedUntil);
        Assert.Equal(0, throttle.Failures);
    }

    [Fact]
    public async Task A_successful_sign_in_resets_the_count_of_failures()
    {
        for (var i = 0; i < 4; i++)
        {
            await SignIn(UserName, "Wrong2026pass");
        }

        Assert.True((await SignIn(UserName, Password)).Succeeded);
        for (var i = 0; i < 4; i++)
        {
            await SignIn(UserName, "Wrong2026pass");
        }

        Assert.True((await SignIn(UserName, Password)).Succeeded);
        Assert.Null((await Throttle(UserName)).LockedUntil);
    }

    [Fact]
    public async Task An_inactive_account_is_refused_even_with_the_right_password()
    {
        await platform.QueryAsync<PlatformDbContext, int>(db =>
            db.Accounts.Where(a => a.UserName == UserName).ExecuteUpdateAsync(s => s.SetProperty(a => a.IsActive, false)));

        var attempt = await SignIn(UserName, Password);

        Assert.False(attempt.Succeeded);
        Assert.Equal(AccountService.WrongCredentials, attempt.Error);
        Assert.Null((await StoredAccount()).LastLoginAt);
    }

    [Fact]
    public async Task Every_attempt_is_written_to_the_audit_log_with_its_outcome()
    {
        await SignIn(UserName, Password);
        await SignIn(UserName, "Wrong2026pass");
        await SignIn("nobody", "Whatever2026");
        for (var i = 0; i < 4; i++)
        {
            await SignIn(UserName, "Wrong2026pass");
        }

        await SignIn(UserName, Password); // locked by now

        var entries = await platform.QueryAsync<PlatformDbContext, List<AuditEntry>>(db =>
            db.AuditEntries.AsNoTracking().Where(e => e.Kind == AuditKind.SignIn).OrderBy(e => e.Id).ToListAsync());
        Assert.Equal(8, entries.Count);
        Assert.All(entries, e => Assert.Equal("Platform.SignIn", e.Action));
        Assert.Equal(
            new (string, AuditOutcome, string?)[]
            {
                (UserName, AuditOutcome.Succeeded, null),
                (UserName, AuditOutcome.Refused, "wrong password"),
                ("nobody", AuditOutcome.Refused, "unknown or inactive account"),
                (UserName, AuditOutcome.Refused, "wrong password"),
                (UserName, AuditOutcome.Refused, "wrong password"),
                (UserName, AuditOutcome.Refused, "wrong password"),
                (UserName, AuditOutcome.Refused, "wrong password"),
                (UserName, AuditOutcome.Refused, "locked"),
            },
            entries.Select(e => (e.UserName, e.Outcome, e.Detail)));
        Assert.Equal("ArbitrationClerk", entries[0].Role);
        Assert.Null(entries[2].Role);
        Assert.All(entries, e => Assert.Equal(e.UserName, e.Subject));
    }

    [Fact]
    public async Task A_new_account_needs_a_well_formed_user_name_a_known_role_and_a_strong_password_each_named()
    {
        var error = await Assert.ThrowsAsync<RequestValidationException>(
            () => platform.SendAsync(new CreateAccountCommand("9Zhang San", "张三", "Janitor", "short1")));

        Assert.Equal(["password", "role", "userName"], error.Errors.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(1, await AccountCount());
    }

    [Theory]
    [InlineData("ab")]
    [InlineData("Zhang")]
    [InlineData("zhang san")]
    [InlineData("1zhang")]
    [InlineData("zhang@court")]
    [InlineData("abcdefghijklmnopqrstuvwxyz0123456")]
    public async Task A_user_name_outside_the_pattern_is_rejected(string userName)
    {
        var error = await Assert.ThrowsAsync<RequestValidationException>(
            () => platform.SendAsync(new CreateAccountCommand(userName, "张三", "Mediator", "Mediator2026")));

        Assert.Equal("userName", Assert.Single(error.Errors).Key);
    }

    [Theory]
    [InlineData("Short2026")] // 9 characters
    [InlineData("OnlyLettersHere")]
    [InlineData("1234567890123")]
    public async Task A_weak_password_is_rejected(string password)
    {
        var error = await Assert.ThrowsAsync<RequestValidationException>(
            () => platform.SendAsync(new CreateAccountCommand("mediator.wang", "王调解", "Mediator", password)));

        Assert.Equal("password", Assert.Single(error.Errors).Key);
        Assert.Equal(1, await AccountCount());
    }

    [Fact]
    public async Task A_user_name_that_exists_is_refused_by_a_business_rule_and_the_existing_account_is_untouched()
    {
        var error = await Assert.ThrowsAsync<BusinessRuleViolationException>(
            () => platform.SendAsync(new CreateAccountCommand(UserName, "另一个人", PlatformRoles.Administrator, "Another2026pass")));

        Assert.Equal("identity.duplicate-user", error.Code);
        var account = await StoredAccount();
        Assert.Equal("ArbitrationClerk", account.Role);
        Assert.Equal(1, await AccountCount());
        Assert.True((await SignIn(UserName, Password)).Succeeded);
    }

    [Fact]
    public async Task A_created_account_can_sign_in_and_its_password_is_stored_only_as_a_hash()
    {
        await platform.SendAsync(new CreateAccountCommand("mediator.wang", "王调解", "Mediator", "Mediator2026"));

        var account = await StoredAccount("mediator.wang");
        Assert.NotEqual("Mediator2026", account.PasswordHash);
        Assert.DoesNotContain("Mediator2026", account.PasswordHash, StringComparison.Ordinal);
        Assert.True(account.IsActive);
        Assert.Equal("Mediator", account.Role);

        var hasher = platform.Services.GetRequiredService<IPasswordHasher<Account>>();
        Assert.Equal(PasswordVerificationResult.Success, hasher.VerifyHashedPassword(account, account.PasswordHash, "Mediator2026"));
        Assert.Equal(PasswordVerificationResult.Failed, hasher.VerifyHashedPassword(account, account.PasswordHash, "Mediator2027"));

        // The same password gives another hash for another account: the hashes are salted.
        await platform.SendAsync(new CreateAccountCommand("mediator.zhao", "赵调解", "Mediator", "Mediator2026"));
        Assert.NotEqual(account.PasswordHash, (await StoredAccount("mediator.zhao")).PasswordHash);
        Assert.True((await SignIn("mediator.wang", "Mediator2026")).Succeeded);
    }

    private async Task<SignInAttempt> SignIn(string userName, string password)
    {
        using var scope = platform.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<AccountService>().SignInAsync(userName, password, "192.0.2.1", CancellationToken.None);
    }

    private Task<SignInThrottle> Throttle(string userName) =>
        platform.QueryAsync<PlatformDbContext, SignInThrottle>(db =>
            db.SignInThrottles.AsNoTracking().SingleAsync(t => t.UserKey == SignInThrottle.KeyOf(userName) && t.ClientAddress == "192.0.2.1"));

    private Task<Account> StoredAccount(string userName = UserName) =>
        platform.QueryAsync<PlatformDbContext, Account>(db => db.Accounts.AsNoTracking().SingleAsync(a => a.UserName == userName));

    private Task<int> AccountCount() => platform.QueryAsync<PlatformDbContext, int>(db => db.Accounts.CountAsync());
}
