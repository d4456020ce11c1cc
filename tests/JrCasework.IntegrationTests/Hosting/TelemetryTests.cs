using System.Diagnostics.Metrics;
using JrCasework.IntegrationTests.Reminders;
using JrCasework.IntegrationTests.Reviews;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;

namespace JrCasework.IntegrationTests.Hosting;

/// <summary>
/// /metrics in Prometheus' format on the management port only (decision 020), and the product's own counters, counted
/// where the events happen.
/// </summary>
public sealed class TelemetryTests
{
    [Fact]
    public async Task Metrics_AreServedInPrometheusFormat_OnTheManagementPort()
    {
        await using var app = new JrCaseworkFactory { SeedDemoData = false };
        var (_, management) = app.StartWithManagementPort();
        using var http = new HttpClient();

        await http.GetAsync(new Uri(management, "/health/live"));
        using var response = await http.GetAsync(new Uri(management, "/metrics"));
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("# TYPE http_server_request_duration_seconds histogram", text, StringComparison.Ordinal);
        Assert.Contains("http_server_request_duration_seconds_bucket{", text, StringComparison.Ordinal);
        Assert.Contains("# TYPE kestrel_active_connections gauge", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Metrics_AreNotFound_OnThePublicPort_WhateverTheHostHeaderSays()
    {
        await using var app = new JrCaseworkFactory { SeedDemoData = false };
        var (site, management) = app.StartWithManagementPort();
        using var http = new HttpClient();

        using var plain = await http.GetAsync(new Uri(site, "/metrics"));
        using var spoofed = new HttpRequestMessage(HttpMethod.Get, new Uri(site, "/metrics"));
        spoofed.Headers.Host = $"localhost:{management.Port}";
        using var withHost = await http.SendAsync(spoofed);

        Assert.Equal(HttpStatusCode.NotFound, plain.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, withHost.StatusCode);
        Assert.DoesNotContain("# TYPE", await withHost.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheManagementPort_ServesTheMetricsAndHealth_ButNoPageOfTheSite()
    {
        await using var app = new JrCaseworkFactory { SeedDemoData = false };
        var (site, management) = app.StartWithManagementPort();
        using var http = new HttpClient();

        using var health = await http.GetAsync(new Uri(management, "/health/ready"));
        using var loginThere = await http.GetAsync(new Uri(management, "/Account/Login"));
        using var loginOnSite = await http.GetAsync(new Uri(site, "/Account/Login"));

        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, loginThere.StatusCode);
        Assert.Equal(HttpStatusCode.OK, loginOnSite.StatusCode);
    }

    [Fact]
    public async Task WithoutAManagementPort_ThereAreNoMetrics()
    {
        await using var app = new JrCaseworkFactory { SeedDemoData = false };
        using var client = app.CreateClient();

        using var response = await client.GetAsync("/metrics");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("# TYPE", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpeningAndClosingACase_IsCounted_WithTheOutcomeAsTheOnlyTag()
    {
        await using var app = new CaseFixture();
        using var opened = Collect(app, "jrcasework.cases.opened");
        using var closed = Collect(app, "jrcasework.cases.closed");

        await ReviewCases.ClosedCaseAsync(app, DemoData.SupervisorProduction.Email, "P-1001", ObjectiveMet.Partly);
        await ReviewCases.OpenAsync(app, DemoData.SupervisorProduction.Email, "P-1001");

        Assert.Equal([1, 1], opened.GetMeasurementSnapshot().Select(m => m.Value));
        var close = Assert.Single(closed.GetMeasurementSnapshot());
        Assert.Equal(1, close.Value);
        Assert.Equal("partly", Assert.Single(close.Tags, t => t.Key == "jrcasework.objective_met").Value);
        Assert.Single(close.Tags);
    }

    [Fact]
    public async Task RemindersGiven_AndMailsFailedAndSent_AreCounted_AsTheRoundsReport()
    {
        var dueOn = ReminderHost.Today.AddDays(3);
        await using var smtp = SmtpTestServer.OnFreePort();
        await using var scene = await ReminderScene.StartAsync(dueOn, smtp);
        var (clock, app, _) = scene;
        using var given = Collect(app, "jrcasework.reminders.given");
        using var failed = Collect(app, "jrcasework.mails.failed");
        using var sent = Collect(app, "jrcasework.mails.sent");

        // The mail server is down for the first round, up for the next (the demo cases have follow-ups of their own too).
        var (givenFirst, sentFirst) = await app.RunRoundOnAsync(dueOn);
        var waiting = await PendingMailsAsync(app);
        await smtp.StartAsync(TimeSpan.FromSeconds(20));
        clock.Advance(TimeSpan.FromSeconds(61));
        var (_, sentNext) = await app.RunRoundAsync();

        Assert.Equal(givenFirst, given.GetMeasurementSnapshot().Sum(m => m.Value));
        Assert.Contains(given.GetMeasurementSnapshot(), m => Equals(m.Tags["jrcasework.reminder.kind"], "due"));
        Assert.Equal(0, sentFirst);
        Assert.True(waiting > 0);
        Assert.Equal(waiting, failed.GetMeasurementSnapshot().Sum(m => m.Value));
        Assert.All(failed.GetMeasurementSnapshot(), m => Assert.Equal("pending", m.Tags["jrcasework.mail.status"]));
        Assert.Equal(waiting, sentNext);
        Assert.Equal(sentNext, sent.GetMeasurementSnapshot().Sum(m => m.Value));
    }

    [Fact]
    public async Task TheProductCounters_AreOnTheMetricsPage_UnderTheirPrometheusNames()
    {
        await using var app = new CaseFixture();
        var (_, management) = app.StartWithManagementPort();
        using var http = new HttpClient();

        await ReviewCases.ClosedCaseAsync(app, DemoData.SupervisorProduction.Email, "P-1001");
        var text = await http.GetStringAsync(new Uri(management, "/metrics"));

        Assert.Contains("# TYPE jrcasework_cases_opened_total counter", text, StringComparison.Ordinal);
        Assert.Contains("jrcasework_cases_closed_total{", text, StringComparison.Ordinal);
        Assert.Contains("jrcasework_objective_met=\"yes\"", text, StringComparison.Ordinal);
    }

    private static async Task<int> PendingMailsAsync(JrCaseworkFactory app)
    {
        await using var db = app.CreateDbContext();
        return await db.OutgoingMails.CountAsync(m => m.Status == JrCasework.Domain.Reminders.MailStatus.Pending && m.Attempts == 1);
    }

    /// <summary>The measurements of one instrument of this app instance only (tests run side by side in one process).</summary>
    private static MetricCollector<long> Collect(JrCaseworkFactory app, string instrument) =>
        new(app.Services.GetRequiredService<IMeterFactory>(), JrCaseworkMetrics.MeterName, instrument);
}
