using JrCasework.Data;
using JrCasework.IntegrationTests.Calendar;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;

namespace JrCasework.IntegrationTests.Hosting;

/// <summary>
/// Two instances on one PostgreSQL database, each with a data folder of its own (as on two machines): what one
/// instance signs, the other accepts, because the key ring is kept in the database.
/// </summary>
public sealed class SharedKeysTests
{
    [Fact]
    public async Task OnPostgreSql_TheSignInFormOfOneInstanceAndTheCookieOfTheOtherAreAcceptedByBoth()
    {
        var database = "jr_keys_" + Guid.NewGuid().ToString("N");
        await using var first = new JrCaseworkFactory { Provider = DatabaseProvider.PostgreSql, PostgreSqlDatabase = database };
        await using var second = new JrCaseworkFactory { Provider = DatabaseProvider.PostgreSql, PostgreSqlDatabase = database, SeedDemoData = false };
        _ = first.Services;

        // One browser: one cookie jar for both instances, as behind a proxy on one address.
        var cookies = new CookieContainer();
        using var onFirst = first.CreateDefaultClient(new Uri("http://localhost"), new CookieContainerHandler(cookies));
        using var onSecond = second.CreateDefaultClient(new Uri("http://localhost"), new CookieContainerHandler(cookies));
        Assert.Equal(HttpStatusCode.Redirect, await onSecond.StatusOfAsync("/cases"));

        // The form (and its antiforgery token) comes from the first instance, the sign-in is posted to the second.
        var form = await onFirst.GetStringAsync("/Account/Login");
        using var signIn = await onSecond.PostAsync("/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "login",
            ["__RequestVerificationToken"] = BrowserLikeClient.AntiforgeryTokenOn(form),
            ["Input.Email"] = DemoData.SupervisorProduction.Email,
            ["Input.Password"] = DemoData.Password,
        }));
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);

        // The cookie the second instance issued opens a page on the first.
        Assert.Equal(HttpStatusCode.OK, await onFirst.StatusOfAsync("/cases"));
        await using var db = first.CreateDbContext();
        Assert.NotEmpty(await db.DataProtectionKeys.AsNoTracking().ToListAsync());
    }
}
