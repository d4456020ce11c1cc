using JrCasework.IntegrationTests.Calendar;

namespace JrCasework.IntegrationTests.Identity;

/// <summary>
/// What keeps the second step from being copied, guessed or replayed (decision 028, after a review): opening the set-up
/// changes nothing, a code counts once, the key is never shown again once in use, changes need the app's code, a late
/// second step starts over, and wrong recovery codes count toward the lockout.
/// </summary>
public sealed class TwoFactorProtectionTests : TwoFactorTest
{
    [Fact]
    public async Task OpeningTheSetUpPage_ChangesNothing_UntilTheQrCodeIsAskedFor()
    {
        using var client = await PasswordStepAsync(DemoData.Hr.Email, expectSecondStep: false);
        await using var before = Factory.CreateDbContext();
        var stamp = (await before.Users.AsNoTracking().SingleAsync(u => u.Email == DemoData.Hr.Email)).SecurityStamp;

        var page = await client.GetStringAsync(EnablePath);

        Assert.Contains("id=\"two-factor-start\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("two-factor-key", page, StringComparison.Ordinal);
        await using var after = Factory.CreateDbContext();
        Assert.Equal(stamp, (await after.Users.AsNoTracking().SingleAsync(u => u.Email == DemoData.Hr.Email)).SecurityStamp);
        Assert.Contains("two-factor-key", await StartSetUpAsync(client), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ACodeUsedOnce_IsRefusedTheSecondTime_AndTheNextStepsCodeWorks()
    {
        var (key, _) = await EnrolledAsync(DemoData.Hr.Email);
        var code = Totp.Code(key, Now);
        using var once = await PasswordStepAsync(DemoData.Hr.Email, expectSecondStep: true);
        using var used = await SecondStepAsync(once, code);
        using var again = await PasswordStepAsync(DemoData.Hr.Email, expectSecondStep: true);
        using var replayed = await SecondStepAsync(again, code);
        Clock.Advance(TimeSpan.FromSeconds(30));
        using var next = await SecondStepAsync(again, Totp.Code(key, Now));

        Assert.Equal(HttpStatusCode.Redirect, used.StatusCode);
        Assert.Contains("That code is not correct", await replayed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, next.StatusCode);
    }

    [Fact]
    public async Task TheSetUpPage_OnceItIsOn_NeverShowsTheKey_WhateverIsPosted()
    {
        using var client = await PasswordStepAsync(DemoData.Hr.Email, expectSecondStep: false);
        var (key, _) = await EnrolAsync(client);
        var token = BrowserLikeClient.AntiforgeryTokenOn(await client.GetStringAsync("/Account/Manage/TwoFactor"));

        var page = await client.GetStringAsync(EnablePath);
        using var posted = await client.PostAsync(EnablePath, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "enable-two-factor",
            ["__RequestVerificationToken"] = token,
            ["Input.Code"] = "000000",
        }));
        var answer = await posted.Content.ReadAsStringAsync();

        Assert.DoesNotContain("two-factor-key", page, StringComparison.Ordinal);
        Assert.DoesNotContain("two-factor-key", answer, StringComparison.Ordinal);
        Assert.DoesNotContain(key, answer, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("recovery-codes", answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NewRecoveryCodes_NeedTheAppsCode_NotJustTheCookie()
    {
        using var client = await PasswordStepAsync(DemoData.Hr.Email, expectSecondStep: false);
        var (key, codes) = await EnrolAsync(client);

        using var withoutCode = await BrowserLikeClient.PostFormAsync(client, "/Account/Manage/TwoFactor", "change-two-factor", new()
        {
            ["Input.Code"] = WrongCode(key),
            ["Input.Action"] = "codes",
        });
        Clock.Advance(TimeSpan.FromSeconds(30));
        using var withCode = await BrowserLikeClient.PostFormAsync(client, "/Account/Manage/TwoFactor", "change-two-factor", new()
        {
            ["Input.Code"] = Totp.Code(key, Now),
            ["Input.Action"] = "codes",
        });

        Assert.DoesNotContain("id=\"recovery-codes\"", await withoutCode.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var renewed = RecoveryCode().Matches(await withCode.Content.ReadAsStringAsync()).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(10, renewed.Count);
        Assert.Empty(renewed.Intersect(codes));
    }

    [Fact]
    public async Task ACodeTypedAfterTheSecondStepExpired_LeadsBackToSignIn()
    {
        var (key, _) = await EnrolledAsync(DemoData.Hr.Email);
        using var client = await PasswordStepAsync(DemoData.Hr.Email, expectSecondStep: true);
        var page = await client.GetStringAsync($"{SecondStepPath}?returnUrl=%2F");
        Clock.Advance(TimeSpan.FromMinutes(6));
        using var late = await client.PostAsync($"{SecondStepPath}?returnUrl=%2F", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "two-factor",
            ["__RequestVerificationToken"] = BrowserLikeClient.AntiforgeryTokenOn(page),
            ["Input.Code"] = Totp.Code(key, Now),
        }));

        Assert.Equal(HttpStatusCode.Redirect, late.StatusCode);
        Assert.Equal("/Account/Login", BrowserLikeClient.PathOf(late));
    }

    [Fact]
    public async Task WrongRecoveryCodes_CountTowardTheLockout()
    {
        await EnrolledAsync(DemoData.Admin.Email);
        using var client = await PasswordStepAsync(DemoData.Admin.Email, expectSecondStep: true);
        using var wrong = await SecondStepAsync(client, "AAAAA-BBBBB", recovery: true);

        await using var db = Factory.CreateDbContext();
        Assert.Equal(1, (await db.Users.SingleAsync(u => u.Email == DemoData.Admin.Email)).AccessFailedCount);
    }

}
