using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Monolith.BuildingBlocks.Identity;
using Monolith.Modules.Platform.Accounts;
using Monolith.Modules.Platform.Persistence;
using Monolith.Testing;

namespace Monolith.Modules.Platform.Tests.Integration;

/// <summary>
/// Issue #7, defects 1 and 2: the lockout holds under concurrency (the counter is claimed by a conditional update, not
/// read, changed and written back), it binds a user name at one address only (no one can lock an administrator out
/// from elsewhere, and an administrator can lift it), and neither its answers nor its cost say whether a name exists.
/// </summary>
public sealed class SignInThrottleTests : IAsyncLifetime
{
    private const string UserName = "clerk.zhao";
    private const string Password = "Clerk2026pass";
    private const string Attacker = "198.51.100.66";
    private const string Office = "10.1.2.3";

    private readonly GatedHasher hasher = new();
    private PlatformFixture platform = null!;

    public async Task InitializeAsync()
    {
        platform = await PlatformFixture.CreateAsync(
            [new StaffRoles()],
            policyProfile: null,
            configure: services =>
            {
                services.RemoveAll<IPasswordHasher<Account>>();
                services.AddSingleton<IPasswordHasher<Account>>(hasher);
            });
        await platform.SendAsync(new CreateAccountCommand(UserName, "赵文书", "ArbitrationClerk", Password));
        hasher.Verified.Clear();
    }

    public async Task DisposeAsync() => await platform.DisposeAsync();

    [Fact]
    public async Task Forty_concurrent_wrong_passwords_check_at_most_five_and_leave_the_name_locked_for_that_address()
    {
        var attempts = await Task.WhenAll(Enumerable.Range(0, 40).Select(_ => Task.Run(() => SignIn(UserName, "Wrong2026pass", Attacker))));

        Assert.All(attempts, a => Assert.False(a.Succeeded));
        Assert.True(hasher.Verified.Count <= SignInThrottle.MaxFailures, $"{hasher.Verified.Count} passwords were checked");
        Assert.Equal(SignInThrottle.MaxFailures, hasher.Verified.Count);
        Assert.Equal(40 - SignInThrottle.MaxFailures, attempts.Count(a => a.Error!.Contains("暂停登录", StringComparison.Ordinal)));
        Assert.False((await SignIn(UserName, Password, Attacker)).Succeeded);
    }

    [Fact]
    public async Task The_right_password_sent_while_five_wrong_ones_are_being_checked_is_refused_without_being_checked()
    {
        hasher.Hold();
        var wrong = Enumerable.Range(0, 30).Select(_ => Task.Run(() => SignIn(UserName, "Wrong2026pass", Attacker))).ToList();
        await hasher.WaitForHeldAsync(SignInThrottle.MaxFailures);

        var right = await SignIn(UserName, Password, Attacker);
        hasher.Release();
        await Task.WhenAll(wrong);

        Assert.False(right.Succeeded);
        Assert.Contains("暂停登录", right.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(Password, hasher.Verified);
        Assert.Equal(SignInThrottle.MaxFailures, hasher.Verified.Count);
    }

    [Fact]
    public async Task A_name_locked_from_one_address_still_signs_in_from_another()
    {
        for (var i = 0; i < 10; i++)
        {
            await SignIn(UserName, "Wrong2026pass", Attacker);
        }

        Assert.False((await SignIn(UserName, Password, Attacker)).Succeeded);
        Assert.True((await SignIn(UserName, Password, Office)).Succeeded);
    }

    [Fact]
    public async Task An_administrator_lifts_the_lock_of_a_name()
    {
        for (var i = 0; i < SignInThrottle.MaxFailures; i++)
        {
            await SignIn(UserName, "Wrong2026pass", Office);
        }

        Assert.False((await SignIn(UserName, Password, Office)).Succeeded);

        await platform.SendAsync(new UnlockSignInCommand(UserName));

        Assert.True((await SignIn(UserName, Password, Office)).Succeeded);
    }

    [Fact]
    public async Task An_unknown_name_gets_the_same_answers_as_a_real_one_including_the_lock()
    {
        var real = new List<string?>();
        var unknown = new List<string?>();
        for (var i = 0; i < SignInThrottle.MaxFailures + 1; i++)
        {
            real.Add((await SignIn(UserName, "Wrong2026pass", Attacker)).Error);
            unknown.Add((await SignIn("no.such.clerk", "Wrong2026pass", Attacker)).Error);
        }

        Assert.Equal(real, unknown);
        Assert.Contains("暂停登录", unknown[^1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_or_disabled_name_costs_one_password_check_like_a_real_one()
    {
        await platform.QueryAsync<PlatformDbContext, int>(db =>
            db.Accounts.Where(a => a.UserName == UserName).ExecuteUpdateAsync(s => s.SetProperty(a => a.IsActive, false)));

        await SignIn("no.such.clerk", "Wrong2026pass", Office);
        await SignIn(UserName, Password, Office);

        Assert.Equal(2, hasher.Verified.Count);
    }

    [Fact]
    public async Task An_unknown_name_takes_as_long_to_refuse_as_a_wrong_password()
    {
        // Alternating, so a busy machine slows both alike; medians, so one pause does not decide.
        var real = new List<double>();
        var unknown = new List<double>();
        for (var i = 0; i < 8; i++)
        {
            real.Add(await TimeAsync(() => SignIn(UserName, "Wrong2026pass", $"192.0.2.{i}")));
            unknown.Add(await TimeAsync(() => SignIn($"no.such.clerk{i}", "Wrong2026pass", $"192.0.2.{i}")));
        }

        Assert.True(Median(unknown) >= 0.5 * Median(real), $"unknown {Median(unknown):0.0} ms against real {Median(real):0.0} ms");
    }

    private async Task<SignInAttempt> SignIn(string userName, string password, string address)
    {
        using var scope = platform.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<AccountService>().SignInAsync(userName, password, address, CancellationToken.None);
    }

    private static async Task<double> TimeAsync(Func<Task> action)
    {
        var started = Stopwatch.GetTimestamp();
        await action();
        return Stopwatch.GetElapsedTime(started).TotalMilliseconds;
    }

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);

    /// <summary>The real hasher, recording each password it checks, and able to hold checks until released.</summary>
    private sealed class GatedHasher : IPasswordHasher<Account>
    {
        private readonly PasswordHasher<Account> inner = new();
        private int entered;
        private TaskCompletionSource gate = CompletedGate();

        public ConcurrentBag<string> Verified { get; } = [];

        public string HashPassword(Account user, string password) => inner.HashPassword(user, password);

        public PasswordVerificationResult VerifyHashedPassword(Account user, string hashedPassword, string providedPassword)
        {
            Verified.Add(providedPassword);
            Interlocked.Increment(ref entered);
            gate.Task.Wait();
            return inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }

        public void Hold() => gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        public void Release() => gate.TrySetResult();

        public async Task WaitForHeldAsync(int count)
        {
            var waited = Stopwatch.StartNew();
            while (Volatile.Read(ref entered) < count)
            {
                Assert.True(waited.Elapsed < TimeSpan.FromSeconds(60), $"only {entered} checks started");
                await Task.Delay(20);
            }

            // Whatever else was going to reach the hasher has had its chance to claim a slot first.
            await Task.Delay(200);
        }

        private static TaskCompletionSource CompletedGate()
        {
            var done = new TaskCompletionSource();
            done.SetResult();
            return done;
        }
    }
}
