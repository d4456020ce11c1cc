using JrCasework.IntegrationTests.Calendar;

namespace JrCasework.IntegrationTests.Hosting;

/// <summary>
/// Addresses a person can type or damage: every download, query-bound page and the language switch answers a value
/// it cannot read with 400 and a short message in the user's language, never a server error or a stack trace.
/// </summary>
public sealed class BadAddressTests(CaseFixture fixture) : IClassFixture<CaseFixture>
{
    private static readonly string Today = DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("/reports/print?from=2026-07-01&to=2026-09-30&unit=abc", "“unit” must be a whole number.")]
    [InlineData("/reports/export.csv?from=0001-01-01&to=9999-12-31", "“from” must be a date")]
    [InlineData("/reports/export.csv?from=2026-07-01&to=2026-09-30&unit=abc", "“unit” must be a whole number.")]
    [InlineData("/reports/export.csv?from=2026-07-01&to=2026-09-30&unit=99999999999", "“unit” must be a whole number.")]
    [InlineData("/reports/export.csv?from=2026-09-30&to=2026-07-01", "The period must start before it ends.")]
    [InlineData("/reports/export.csv?from=2001-01-01&to=2026-09-30", "A period can be at most 10 years long.")]
    [InlineData("/reports/export.csv?from=1999-12-31&to=2000-06-30", "“from” must be a date")]
    [InlineData("/reports/export.csv?from=2026-07-01", "“to” must be a date")]
    [InlineData("/reports/print?from=0001-01-01&to=9999-12-31", "“from” must be a date")]
    [InlineData("/reports/print?from=2026-07-01&to=3000-01-01", "“to” must be a date")]
    [InlineData("/outcomes/export.csv?unit=abc", "“unit” must be a whole number.")]
    [InlineData("/outcomes/export.csv?category=1x", "“category” must be a whole number.")]
    [InlineData("/outcomes/export.csv?origin=Guessed", "The value of “origin” is not one of its choices.")]
    [InlineData("/outcomes/export.csv?outcome=7", "The value of “outcome” is not one of its choices.")]
    [InlineData("/outcomes/export.csv?reviewed=Maybe", "The value of “reviewed” is not one of its choices.")]
    [InlineData("/outcomes/export.csv?sort=Random", "The value of “sort” is not one of its choices.")]
    [InlineData("/outcomes/export.csv?period=Forever", "The value of “period” is not one of its choices.")]
    [InlineData("/outcomes/export.csv?open=perhaps", "The value of “open” is not one of its choices.")]
    [InlineData("/outcomes/export.csv?page=99999999999", "“page” must be a whole number from 1 to 10000.")]
    [InlineData("/outcomes/export.csv?period=Custom&from=0001-01-01&to=9999-12-31", "“from” must be a date")]
    [InlineData("/outcomes/export.csv?period=Custom&from=2026-01-01&to=9999-12-31", "“to” must be a date")]
    [InlineData("/outcomes?unit=abc", "“unit” must be a whole number.")]
    [InlineData("/outcomes?period=Custom&to=9999-12-31", "“to” must be a date")]
    [InlineData("/outcomes?page=-3", "“page” must be a whole number from 1 to 10000.")]
    public async Task AValueThatCannotBeRead_IsABadRequest_WithAShortMessage(string address, string message)
    {
        using var client = await BrowserLikeClient.SignedInAsync(fixture, DemoData.Hr.Email);

        using var response = await client.GetAsync(address);
        var body = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("This address cannot be opened.", body, StringComparison.Ordinal);
        Assert.Contains(message, body, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", body, StringComparison.Ordinal);
        Assert.DoesNotContain(" at JrCasework", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/reports/export.csv?from=2026-07-01&to=2026-09-30&unit=abc", "‘unit’ moet een heel getal zijn.")]
    [InlineData("/reports/print?from=2026-07-01&to=2026-09-30&unit=abc", "‘unit’ moet een heel getal zijn.")]
    [InlineData("/outcomes/export.csv?origin=Guessed", "De waarde van ‘origin’ is geen van de keuzes.")]
    public async Task InDutch_TheMessageIsDutch(string address, string message)
    {
        using var client = await BrowserLikeClient.SignedInAsync(fixture, DemoData.Hr.Email);
        await BrowserLikeClient.UseLanguageAsync(client, "nl-NL");

        using var response = await client.GetAsync(address);
        var body = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Dit adres kan niet worden geopend.", body, StringComparison.Ordinal);
        Assert.Contains(message, body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ThePeriodUpToFiveYearsAhead_AndTenYearsLong_IsStillAnswered()
    {
        var to = DateTime.UtcNow.AddYears(5).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var from = DateTime.UtcNow.AddYears(-5).AddDays(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        using var client = await BrowserLikeClient.SignedInAsync(fixture, DemoData.Hr.Email);

        Assert.Equal(HttpStatusCode.OK, await client.StatusOfAsync($"/reports/export.csv?from={from}&to={to}"));
        Assert.Equal(HttpStatusCode.OK, await client.StatusOfAsync($"/outcomes/export.csv?period=Custom&from={from}&to={to}&page=10000&open=true&origin=sawitcoming"));
        Assert.Equal(HttpStatusCode.OK, await client.StatusOfAsync($"/reports/print?from={Today}&to={Today}"));
    }

    [Fact]
    public async Task AnUnknownLanguage_IsABadRequest()
    {
        using var client = BrowserLikeClient.Anonymous(fixture);

        using var response = await client.GetAsync("/culture?culture=xx-YY&returnUrl=/");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("“culture”", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
