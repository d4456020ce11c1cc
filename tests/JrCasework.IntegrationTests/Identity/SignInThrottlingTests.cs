using JrCasework.Data.Identity;
using JrCasework.IntegrationTests.Calendar;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;

namespace JrCasework.IntegrationTests.Identity;

/// <summary>
/// Guessing passwords is slowed per client address and per account, without handing anyone a way to lock someone else
/// out; and every failed sign-in answers the same, after the same work, whether the account exists, is locked or is
/// disabled.
/// </summary>
public sealed class SignInThrottlingTests : IAsyncLifetime
{
    private const string ClientHeader = "X-Test-Client-Address";
    private readonly CountingHasher _hasher = new();
    private readonly JrCaseworkFactory _factory;

    public SignInThrottlingTests()
    {
        _factory = new JrCaseworkFactory
        {
            TestServices = services =>
            {
                services.AddTransient<IStartupFilter, ClientAddressFromHeader>();
                services.AddSingleton<IPasswordHasher<ApplicationUser>>(_hasher);
            },
        };
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task WrongPasswordsFromOneAddress_SlowThatAddressDown_ButTheOwnerSignsInFromTheirOwn()
    {
        var sanne = DemoData.SupervisorProduction.Email;
        for (var attempt = 0; attempt < 5; attempt++)
        {
            Assert.Equal(SignInAnswer.Refused, await SignInAsync("198.51.100.9", sanne, "not-her-password"));
        }

        Assert.Equal(SignInAnswer.Refused, await SignInAsync("198.51.100.9", sanne, DemoData.Password));
        Assert.Equal(SignInAnswer.SignedIn, await SignInAsync("192.0.2.10", sanne, DemoData.Password));
    }

    [Fact]
    public async Task ManyWrongPasswordsFromOneAddress_AcrossAccounts_StopThatAddress_NotOthers()
    {
        for (var attempt = 0; attempt < 30; attempt++)
        {
            Assert.Equal(SignInAnswer.Refused, await SignInAsync("198.51.100.20", $"guess{attempt}@example.com", "Welkom2026"));
        }

        Assert.Equal(SignInAnswer.Refused, await SignInAsync("198.51.100.20", DemoData.Hr.Email, DemoData.Password));
        Assert.Equal(SignInAnswer.SignedIn, await SignInAsync("192.0.2.11", DemoData.Hr.Email, DemoData.Password));
    }

    [Fact]
    public async Task TenWrongPasswordsFromTenAddresses_DoNotLockTheAccount()
    {
        for (var attempt = 0; attempt < 10; attempt++)
        {
            Assert.Equal(SignInAnswer.Refused, await SignInAsync($"198.51.100.{100 + attempt}", DemoData.Manager.Email, "not-her-password"));
        }

        Assert.Equal(SignInAnswer.SignedIn, await SignInAsync("192.0.2.12", DemoData.Manager.Email, DemoData.Password));
    }

    [Fact]
    public async Task AnUnknownAddress_AWrongPassword_ALockedAndADisabledAccount_AnswerAlike_AfterOnePasswordCheckEach()
    {
        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
            var locked = await users.FindByEmailAsync(DemoData.SupervisorLogistics.Email);
            await users.SetLockoutEndDateAsync(locked!, DateTimeOffset.UtcNow.AddMinutes(10));
            var disabled = await users.FindByEmailAsync(DemoData.Manager.Email);
            disabled!.IsDisabled = true;
            await users.UpdateAsync(disabled);
        }

        var answers = new List<string>();
        foreach (var (email, address) in new[]
        {
            ("nobody@example.com", "203.0.113.1"),
            (DemoData.Hr.Email, "203.0.113.2"),
            (DemoData.SupervisorLogistics.Email, "203.0.113.3"),
            (DemoData.Manager.Email, "203.0.113.4"),
        })
        {
            var before = _hasher.Verifications;
            var (answer, text) = await SignInWithTextAsync(address, email, "Zomer-Wachtwoord-2026");
            Assert.Equal(SignInAnswer.Refused, answer);
            Assert.Equal(1, _hasher.Verifications - before);
            answers.Add(text);
        }

        Assert.Single(answers.Distinct());
    }

    private enum SignInAnswer
    {
        SignedIn,
        Refused,
    }

    private async Task<SignInAnswer> SignInAsync(string address, string email, string password) =>
        (await SignInWithTextAsync(address, email, password)).Answer;

    /// <summary>Posts the sign-in form from <paramref name="address"/>; gives whether it signed in and, if not, the page's message.</summary>
    private async Task<(SignInAnswer Answer, string Text)> SignInWithTextAsync(string address, string email, string password)
    {
        using var client = BrowserLikeClient.Anonymous(_factory);
        client.DefaultRequestHeaders.Add(ClientHeader, address);
        using var response = await BrowserLikeClient.PostSignInAsync(client, email, password);
        if (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location?.AbsolutePath == "/")
        {
            return (SignInAnswer.SignedIn, "");
        }

        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{response.StatusCode} {response.Headers.Location}");
        var page = await response.Content.ReadAsStringAsync();
        var message = System.Text.RegularExpressions.Regex.Match(page, "id=\"status-message\">([^<]*)<");
        Assert.True(message.Success, "No message on the refused sign-in.");
        return (SignInAnswer.Refused, message.Groups[1].Value);
    }

    /// <summary>Lets a test say which address a request comes from (the test server has none).</summary>
    private sealed class ClientAddressFromHeader : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                if (IPAddress.TryParse(context.Request.Headers[ClientHeader], out var address))
                {
                    context.Connection.RemoteIpAddress = address;
                }

                return nextMiddleware(context);
            });
            next(app);
        };
    }

    /// <summary>Identity's own hasher, counting how often a password is checked against a hash.</summary>
    private sealed class CountingHasher : IPasswordHasher<ApplicationUser>
    {
        private readonly PasswordHasher<ApplicationUser> _inner = new();
        private int _verifications;

        public int Verifications => _verifications;

        public string HashPassword(ApplicationUser user, string password) => _inner.HashPassword(user, password);

        public PasswordVerificationResult VerifyHashedPassword(ApplicationUser user, string hashedPassword, string providedPassword)
        {
            Interlocked.Increment(ref _verifications);
            return _inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }
}
