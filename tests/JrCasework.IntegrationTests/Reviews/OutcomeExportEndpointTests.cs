using JrCasework.IntegrationTests.Calendar;

namespace JrCasework.IntegrationTests.Reviews;

/// <summary>The download link of the outcome list: for HR only, with the page's filters, never cached.</summary>
public sealed class OutcomeExportEndpointTests(CaseFixture fixture) : IClassFixture<CaseFixture>
{
    [Fact]
    public async Task Hr_DownloadsTheFilteredListAsACsvFile()
    {
        await ReviewCases.ClosedCaseAsync(fixture, DemoData.SupervisorLogistics.Email, "L-2005", ObjectiveMet.No);
        using var client = await BrowserLikeClient.SignedInAsync(fixture, DemoData.Hr.Email);

        using var response = await client.GetAsync("/outcomes/export.csv?outcome=No&reviewed=All");
        var text = (await response.Content.ReadAsStringAsync()).TrimStart('\uFEFF');
        var lines = text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType.CharSet);
        Assert.Matches(@"^outcomes-\d{4}-\d{2}-\d{2}\.csv$", response.Content.Headers.ContentDisposition!.FileName!.Trim('"'));
        Assert.Contains("no-store", response.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
        Assert.StartsWith("Case,Unit,Category,", lines[0], StringComparison.Ordinal);
        Assert.True(lines.Length > 1);
        Assert.All(lines.Skip(1), line => Assert.Equal("No", line.Split(',')[4]));
    }

    [Fact]
    public async Task ForADutchUser_TheFileIsSemicolonSeparated_InDutch()
    {
        await ReviewCases.ClosedCaseAsync(fixture, DemoData.SupervisorLogistics.Email, "L-2005", ObjectiveMet.No);
        using var client = await BrowserLikeClient.SignedInAsync(fixture, DemoData.Hr.Email);
        await BrowserLikeClient.UseLanguageAsync(client, "nl-NL");

        using var response = await client.GetAsync("/outcomes/export.csv?outcome=No&reviewed=All");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var lines = System.Text.Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(System.Text.Encoding.UTF8.Preamble.ToArray(), bytes[..3]);
        Assert.StartsWith("Casus;Afdeling;", lines[0], StringComparison.Ordinal);
        Assert.True(lines.Length > 1);
        Assert.All(lines, line => Assert.Equal(13, line.Split(';').Length));
        Assert.All(lines.Skip(1), line => Assert.Equal("Nee", line.Split(';')[4]));
        Assert.All(lines.Skip(1), line => Assert.Matches(@"^\d{4}-\d{2}$", line.Split(';')[7]));
    }

    [Theory]
    [InlineData("sanne@example.com")]
    [InlineData("manager@example.com")]
    [InlineData("admin@example.com")]
    public async Task OthersSignedIn_GetNoFile(string email)
    {
        using var client = await BrowserLikeClient.SignedInAsync(fixture, email);

        using var response = await client.GetAsync("/outcomes/export.csv");

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEqual("text/csv", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Anonymous_IsSentToSignIn()
    {
        using var client = BrowserLikeClient.Anonymous(fixture);

        using var response = await client.GetAsync("/outcomes/export.csv");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/Account/Login", response.Headers.Location!.ToString(), StringComparison.Ordinal);
    }
}
