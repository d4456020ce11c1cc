namespace JrCasework.Benchmarks;

/// <summary>What to measure, on which database, how often.</summary>
/// <param name="DatabasePath">An existing SQLite database, e.g. one made by the generator.</param>
/// <param name="Suite">The name of the suite in <see cref="Suites.All"/>.</param>
/// <param name="Runs">Measured runs per query.</param>
/// <param name="Warmup">Runs per query before measuring (filling SQLite's page cache and EF's query cache).</param>
/// <param name="Today">"Today" for date-dependent queries.</param>
/// <param name="Explain">Also print SQLite's query plan of every SQL statement the suite runs.</param>
internal sealed record BenchmarkOptions(string DatabasePath, string Suite, int Runs, int Warmup, DateOnly Today, bool Explain);
