using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Text.RegularExpressions;
using JrCasework.Data;
using OpenTelemetry.Trace;

namespace JrCasework.IntegrationTests.Hosting;

/// <summary>
/// Telemetry never carries case content (nor the calendar feed's secret) out of the process, and every log line names the
/// trace and span it was written in.
/// </summary>
public sealed partial class TelemetryPrivacyTests
{
    /// <summary>Written into a case, a query string and a feed address; must appear in no span and no metric tag.</summary>
    private const string Marker = "Zq7Telemetry";

    private const string EntityFrameworkSource = "OpenTelemetry.Instrumentation.EntityFrameworkCore";

    [Fact]
    public async Task NoSpanAndNoMetricTag_CarriesCaseContent_AQueryString_OrAFeedSecret()
    {
        var spans = new List<Activity>();
        using var metricTags = new MetricTags();
        await using var app = new CaseFixture
        {
            // As with an OTLP endpoint: every span recorded, then exported (here to a list) after the app's own processors.
            TestServices = services => services.ConfigureOpenTelemetryTracerProvider(tracing =>
                tracing.SetSampler(new AlwaysOnSampler()).AddInMemoryExporter(spans)),
        };
        using var client = app.CreateClient();

        var opened = await app.OpenSannesCaseAsync($"{Marker} title");
        await CaseWalk.ChangeAsync(app, opened.Id, "objective", (c, by) => c.ChangeObjective($"{Marker} objective", by));
        await client.GetAsync($"/cases/{opened.Id}?{Marker}=1");
        await client.GetAsync($"/calendar/{Marker}.ics");
        var exported = spans.ToArray();
        var texts = exported.SelectMany(Texts).ToList();

        Assert.Contains(exported, s => s.Source.Name == "Microsoft.AspNetCore" && s.Kind == ActivityKind.Server);
        Assert.Contains(exported, s => s.Source.Name == EntityFrameworkSource && s.GetTagItem("db.query.summary") is not null);
        Assert.True(app.Provider != DatabaseProvider.PostgreSql || exported.Any(s => s.Source.Name == "Npgsql"), "Npgsql's spans are recorded too.");
        Assert.DoesNotContain(exported, s => s.GetTagItem("db.query.text") is not null || s.GetTagItem("db.statement") is not null);
        Assert.Contains("url.path=/calendar/(secret).ics", texts);
        Assert.DoesNotContain(texts, t => t.Contains(Marker, StringComparison.OrdinalIgnoreCase));
        Assert.Contains(metricTags.Values, t => t.StartsWith("http.request.method=", StringComparison.Ordinal));
        Assert.DoesNotContain(metricTags.Values, t => t.Contains(Marker, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task ALogLine_EndsWithTheTraceAndSpanIdOfItsRequest()
    {
        await using var app = new JrCaseworkFactory { SeedDemoData = false, Settings = { ["Serilog:MinimumLevel:Default"] = "Information" } };
        using var client = app.CreateClient();

        await client.GetAsync("/Account/Login");
        var line = (await ReadLogsAsync(app)).Single(l => l.Contains("HTTP GET /Account/Login responded 200", StringComparison.Ordinal));

        Assert.Matches(TraceAndSpanIds(), line);
    }

    [Fact]
    public async Task AHealthyProbe_LeavesNoLogLine_WhereAPageRequestDoes()
    {
        await using var app = new JrCaseworkFactory { SeedDemoData = false, Settings = { ["Serilog:MinimumLevel:Default"] = "Information" } };
        using var client = app.CreateClient();

        await client.GetAsync("/health/ready");
        await client.GetAsync("/health/live");
        await client.GetAsync("/Account/Login");
        var requests = (await ReadLogsAsync(app)).Where(l => l.Contains("HTTP GET", StringComparison.Ordinal)).ToList();

        Assert.Contains(requests, l => l.Contains("/Account/Login responded 200", StringComparison.Ordinal));
        Assert.DoesNotContain(requests, l => l.Contains("/health", StringComparison.Ordinal));
    }

    /// <summary>Everything a span exports as text: its names, its tags, and its events' names and tags.</summary>
    private static IEnumerable<string> Texts(Activity span) =>
        new[] { span.DisplayName, span.OperationName, span.StatusDescription ?? "" }
            .Concat(span.TagObjects.Select(t => $"{t.Key}={t.Value}"))
            .Concat(span.Events.SelectMany(e => e.Tags.Select(t => $"{t.Key}={t.Value}").Append(e.Name)));

    private static async Task<string[]> ReadLogsAsync(JrCaseworkFactory app)
    {
        var lines = new List<string>();
        foreach (var file in Directory.GetFiles(Path.Combine(app.DataDirectory, "logs")))
        {
            await using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var reader = new StreamReader(stream);
            lines.AddRange((await reader.ReadToEndAsync()).Split('\n'));
        }

        return [.. lines];
    }

    [GeneratedRegex(@" [0-9a-f]{32} [0-9a-f]{16}\r?$")]
    private static partial Regex TraceAndSpanIds();

    /// <summary>Every tag of every measurement any meter in the process records while it lives, as <c>key=value</c>.</summary>
    private sealed class MetricTags : IDisposable
    {
        private readonly MeterListener _listener = new();
        private readonly ConcurrentQueue<string> _values = new();

        public MetricTags()
        {
            _listener.InstrumentPublished = (instrument, listener) => listener.EnableMeasurementEvents(instrument);
            _listener.SetMeasurementEventCallback<long>(Record);
            _listener.SetMeasurementEventCallback<int>(Record);
            _listener.SetMeasurementEventCallback<double>(Record);
            _listener.Start();
        }

        public IReadOnlyCollection<string> Values => _values;

        public void Dispose() => _listener.Dispose();

        private void Record<T>(Instrument instrument, T measurement, ReadOnlySpan<KeyValuePair<string, object?>> tags, object? state)
        {
            foreach (var (key, value) in tags)
            {
                _values.Enqueue($"{key}={value}");
            }
        }
    }
}
