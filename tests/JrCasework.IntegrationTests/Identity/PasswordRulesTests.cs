using System.Globalization;
using JrCasework.Data.Identity;
using Microsoft.AspNetCore.Identity;

namespace JrCasework.IntegrationTests.Identity;

/// <summary>
/// The rules every new password meets, wherever it is set (the user's own change, an administrator's new account or
/// password, the first administrator): at least twelve characters, not a common password or word with digits
/// around it, and not the account's own name.
/// </summary>
public sealed class PasswordRulesTests(PasswordRulesTests.Fixture factory) : IClassFixture<PasswordRulesTests.Fixture>
{
    /// <summary>One application for every rule: the validators do not change between tests.</summary>
    public sealed class Fixture : JrCaseworkFactory;

    [Theory]
    [InlineData("Password12")]
    [InlineData("Welkom2026")]
    [InlineData("Summer2026")]
    [InlineData("Hk7p-wQ3m-R")]
    public async Task APasswordShorterThanTwelve_IsRefused(string password)
    {
        var result = await ValidateAsync(password);

        Assert.Contains(result.Errors, e => e.Code == nameof(IdentityErrorDescriber.PasswordTooShort));
    }

    [Theory]
    [InlineData("Welkom2026!!")]
    [InlineData("Summer2026!!")]
    [InlineData("Password1234")]
    [InlineData("123456789012")]
    [InlineData("!!Wachtwoord2026")]
    [InlineData("qwertyuiop123")]
    [InlineData("Voorjaar-2027")]
    public async Task ACommonPasswordOrWord_WithDigitsAndPunctuationAround_IsRefused(string password)
    {
        var result = await ValidateAsync(password);

        Assert.Equal(["PasswordCommon"], result.Errors.Select(e => e.Code));
    }

    [Theory]
    [InlineData("Hendrik.2026.Hendrik")]
    [InlineData("mijn-JRcasework-2026")]
    public async Task APasswordWithTheAccountsNameOrTheProducts_IsRefused(string password)
    {
        var result = await ValidateAsync(password, email: "hendrik.de.vries@example.com");

        Assert.Equal(["PasswordContainsAccount"], result.Errors.Select(e => e.Code));
    }

    [Theory]
    [InlineData("Hk7p-wQ3m-Ra9x")]
    [InlineData("Mijn-Eigen-2026")]
    [InlineData("paars konijn op de fiets")]
    [InlineData("Welkom-2026-Test")]
    public async Task ALongUncommonPassword_IsAccepted(string password)
    {
        var result = await ValidateAsync(password);

        Assert.True(result.Succeeded, string.Join(" ", result.Errors.Select(e => e.Code)));
    }

    [Fact]
    public async Task TheRefusal_IsInTheUsersLanguage()
    {
        var before = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = new CultureInfo("nl-NL");
            var dutch = await ValidateAsync("Welkom2026!!");
            CultureInfo.CurrentUICulture = new CultureInfo("en-GB");
            var english = await ValidateAsync("Welkom2026!!");

            Assert.StartsWith("Dit wachtwoord is te gewoon", Assert.Single(dutch.Errors).Description, StringComparison.Ordinal);
            Assert.StartsWith("This password is too common", Assert.Single(english.Errors).Description, StringComparison.Ordinal);
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }

    [Fact]
    public async Task AnAdministratorCreatingAnAccount_CannotGiveItACommonPassword()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = new ApplicationUser { UserName = "iris@example.com", Email = "iris@example.com", DisplayName = "Iris" };

        var result = await users.CreateAsync(user, "Welkom2026!!");

        Assert.False(result.Succeeded);
        Assert.Null(await users.FindByEmailAsync("iris@example.com"));
    }

    /// <summary>Every password validator the application registers, as Identity runs them when a password is set.</summary>
    private async Task<IdentityResult> ValidateAsync(string password, string email = "someone@example.com")
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = new ApplicationUser { UserName = email, Email = email, DisplayName = "Someone" };
        var errors = new List<IdentityError>();
        foreach (var validator in users.PasswordValidators)
        {
            errors.AddRange((await validator.ValidateAsync(users, user, password)).Errors);
        }

        return errors.Count == 0 ? IdentityResult.Success : IdentityResult.Failed([.. errors]);
    }
}
