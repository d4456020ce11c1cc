namespace JrCasework.Benchmarks;

/// <summary>A named set of measurements on one database.</summary>
internal interface IBenchmarkSuite
{
    /// <summary>One line for the usage text.</summary>
    string Description { get; }

    Task RunAsync(BenchmarkRun run);
}

/// <summary>The suites the command line offers; a new one is one more line here.</summary>
internal static class Suites
{
    public static IReadOnlyDictionary<string, IBenchmarkSuite> All { get; } = new Dictionary<string, IBenchmarkSuite>(StringComparer.OrdinalIgnoreCase)
    {
        ["dashboard"] = new DashboardSuite(),
        ["reminders"] = new ReminderSuite(),
        ["hr"] = new ReportSuite(),
        ["similar"] = new SimilarSuite(),
        ["outcomes"] = new OutcomesSuite(),
    };
}
