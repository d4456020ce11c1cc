using JrCasework.Data;

namespace JrCasework.Benchmarks;

/// <summary>What to measure, on which database, how often.</summary>
/// <param name="Database">An existing database, e.g. one made by the generator: the SQLite file, or the PostgreSQL connection string.</param>
/// <param name="Provider">The database <paramref name="Database"/> names.</param>
/// <param name="Suite">The name of the suite in <see cref="Suites.All"/>.</param>
/// <param name="Runs">Measured runs per query.</param>
/// <param name="Warmup">Runs per query before measuring (filling the database's cache and EF's query cache).</param>
/// <param name="Today">"Today" for date-dependent queries.</param>
/// <param name="Explain">Also print the query plan of every SQL statement the suite runs (SQLite's EXPLAIN QUERY PLAN, PostgreSQL's EXPLAIN ANALYZE).</param>
internal sealed record BenchmarkOptions(string Database, DatabaseProvider Provider, string Suite, int Runs, int Warmup, DateOnly Today, bool Explain);
