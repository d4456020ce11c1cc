using System.Diagnostics;
using JrCasework.Web.Hosting;
using Microsoft.AspNetCore.Http;

namespace JrCasework.Web.Tests.Hosting;

/// <summary>What a span may carry out of the process (<see cref="TelemetryPrivacy"/>), and what the management port serves.</summary>
public sealed class TelemetryPrivacyTests
{
    [Theory]
    [InlineData("db.statement")]
    [InlineData("db.query.text")]
    [InlineData("db.query.parameter.p0")]
    [InlineData("db.query.parameter.__title_0")]
    [InlineData("url.query")]
    [InlineData("http.target")]
    [InlineData("exception.message")]
    public void SqlText_Parameters_AndQueryStrings_AreDropped(string key)
    {
        Assert.Null(TelemetryPrivacy.Keep(key, "SELECT * FROM \"Cases\" WHERE \"Title\" = 'Jan keeps coming late'"));
    }

    [Theory]
    [InlineData("url.path", "/cases/12", "/cases/12")]
    [InlineData("url.path", "/cases/12?step=facts", "/cases/12")]
    [InlineData("url.path", "/calendar/s3cr3t-token.ics", "/calendar/(secret).ics")]
    [InlineData("url.full", "https://jr.example/calendar/s3cr3t-token.ics?x=1", "https://jr.example/calendar/(secret).ics")]
    [InlineData("url.full", "https://jr.example/outcomes?search=late#top", "https://jr.example/outcomes")]
    [InlineData("url.full", "https://jr.example", "https://jr.example")]
    [InlineData("aspnetcore.components.route", "/cases/{Id:int}", "/cases/{Id:int}")]
    public void AnAddress_KeepsItsPath_WithoutQueryOrFeedSecret(string key, string value, string kept)
    {
        Assert.Equal(kept, TelemetryPrivacy.Keep(key, value));
    }

    [Theory]
    [InlineData("http.route", "/cases/{Id:int}")]
    [InlineData("db.query.summary", "SELECT")]
    [InlineData("http.response.status_code", 200)]
    public void OtherTags_AreKeptAsTheyAre(string key, object value)
    {
        Assert.Equal(value, TelemetryPrivacy.Keep(key, value));
    }

    [Fact]
    public void Clean_AppliesTheRules_ToEveryTagAndTheName()
    {
        using var activity = new Activity("request");
        activity.DisplayName = "GET /outcomes?search=late";
        activity.SetTag("url.query", "?search=late");
        activity.SetTag("url.path", "/calendar/s3cr3t.ics");
        activity.SetTag("db.query.text", "SELECT 1");
        activity.SetTag("http.request.method", "GET");

        TelemetryPrivacy.Clean(activity);

        Assert.Equal("GET /outcomes", activity.DisplayName);
        Assert.Equal(
            [new("url.path", "/calendar/(secret).ics"), new("http.request.method", "GET")],
            activity.TagObjects.ToList<KeyValuePair<string, object?>>());
    }

    [Theory]
    [InlineData("/metrics", true)]
    [InlineData("/METRICS", true)]
    [InlineData("/health", true)]
    [InlineData("/health/ready", true)]
    [InlineData("/", false)]
    [InlineData("/metrics/extra", false)]
    [InlineData("/healthy", false)]
    [InlineData("/Account/Login", false)]
    public void TheManagementPort_ServesTheMetricsAndHealthChecksOnly(string path, bool served)
    {
        Assert.Equal(served, TelemetryOptions.IsManagementPath(new PathString(path)));
    }

    [Fact]
    public void AFailedSpan_KeepsItsStatus_ButNotTheErrorMessage()
    {
        using var activity = new Activity("INSERT").Start();
        activity.SetStatus(ActivityStatusCode.Error, "Failing row contains (12, Jan keeps coming late)");

        TelemetryPrivacy.Clean(activity);

        Assert.Equal(ActivityStatusCode.Error, activity.Status);
        Assert.Null(activity.StatusDescription);
    }
}
