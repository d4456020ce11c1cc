using System.Diagnostics;
using JrCasework.Data;
using JrCasework.Domain.Cases;
using JrCasework.Domain.Organisation;
using JrCasework.Domain.Reviews;
using Microsoft.EntityFrameworkCore;

namespace JrCasework.Generator;

// The cases and reviews of a generated volume.
public sealed partial class VolumeGenerator
{
    /// <summary>
    /// HR reviews about a third of the closed cases, more of the older ones, and marks a few as good
    /// examples. A random of its own keeps the cases the same as without reviews.
    /// </summary>
    private async Task CreateReviewsAsync(DbContextOptions<JrCaseworkDbContext> contextOptions, CancellationToken cancellationToken)
    {
        var random = new Random(options.Seed + 1);
        await using var db = new JrCaseworkDbContext(contextOptions);
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var hrRole = await db.Roles.Where(r => r.Name == Roles.Hr).Select(r => r.Id).SingleAsync(cancellationToken);
        var reviewers = await db.UserRoles.Where(r => r.RoleId == hrRole).Select(r => r.UserId).OrderBy(id => id).ToListAsync(cancellationToken);
        var closed = await db.Cases.AsNoTracking().Where(c => c.ClosedAtUtc != null)
            .OrderBy(c => c.Id)
            .Select(c => new { c.Id, ClosedAtUtc = c.ClosedAtUtc!.Value })
            .ToListAsync(cancellationToken);
        Assessment Grade() => random.NextDouble() switch { < 0.7 => Assessment.Yes, < 0.92 => Assessment.Partly, _ => Assessment.No };
        string[] advice = ["Good use of the whole story; keep checking back after six months.", "Weigh at least one more option next time.", "Explain the decision and the reasons in the same conversation."];

        var batch = 0;
        foreach (var @case in closed)
        {
            var age = (options.NowUtc - @case.ClosedAtUtc).TotalDays;
            if (random.NextDouble() >= (age > 90 ? 0.45 : 0.15))
            {
                continue;
            }

            var at = @case.ClosedAtUtc.AddDays(random.Next(2, (int)Math.Max(3, Math.Min(age, 60))));
            var assessment = new ReviewAssessment(Grade(), Grade(), Grade(), Grade(), Grade());
            var input = new ReviewInput(assessment, null, random.NextDouble() < 0.5 ? advice[random.Next(advice.Length)] : null, random.NextDouble() < 0.05);
            db.CaseReviews.Add(CaseReview.ForClosedCase(@case.Id, input, new Actor(reviewers[random.Next(reviewers.Count)], at)));
            if (++batch % 5000 == 0)
            {
                await db.SaveChangesAsync(cancellationToken);
                db.ChangeTracker.Clear();
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task CreateCasesAsync(
        DbContextOptions<JrCaseworkDbContext> contextOptions,
        Random random,
        List<SupervisorProfile> supervisors,
        Stopwatch stopwatch,
        CancellationToken cancellationToken)
    {
        var seeds = PlanCases(random, supervisors.Count);
        var simulator = new CaseSimulator(options.NowUtc, options.Seed);
        List<JrCase> Build(int from) =>
            [.. seeds.Skip(from).Take(options.BatchSize).Select(s => simulator.Build(s, supervisors[s.SupervisorIndex]))];

        // Building the next batch (CPU) overlaps with writing the current one (I/O).
        var next = seeds.Length > 0 ? Task.Run(() => Build(0), cancellationToken) : null;
        for (var from = 0; next is not null; from += options.BatchSize)
        {
            var batch = await next;
            // The start of the next batch is fixed now: the loop moves "from" on before the task may run.
            var nextFrom = from + options.BatchSize;
            next = nextFrom < seeds.Length ? Task.Run(() => Build(nextFrom), cancellationToken) : null;

            await using var db = new JrCaseworkDbContext(contextOptions);
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            db.Cases.AddRange(batch);
            await db.SaveChangesAsync(cancellationToken);

            var done = from + batch.Count;
            log.WriteLine($"{done,10:N0} / {seeds.Length:N0} cases  {stopwatch.Elapsed:mm\\:ss}  ({done / stopwatch.Elapsed.TotalSeconds:N0} cases/s)");
        }
    }

    /// <summary>
    /// Every case's opening moment and owner, in opening order, numbered per year from 1. Use grows
    /// over the three years, and some supervisors open far more cases than others.
    /// </summary>
    private CaseSeed[] PlanCases(Random random, int supervisorCount)
    {
        var start = options.NowUtc - GeneratorOptions.History;
        var span = (options.NowUtc - start).Ticks;
        var openings = new long[options.Cases];
        for (var i = 0; i < openings.Length; i++)
        {
            openings[i] = start.Ticks + (long)(span * Math.Sqrt(random.NextDouble()));
        }

        Array.Sort(openings);
        var activity = new double[supervisorCount];
        for (var s = 0; s < supervisorCount; s++)
        {
            activity[s] = (s > 0 ? activity[s - 1] : 0) + 0.2 + (random.NextDouble() * 1.8);
        }

        var seeds = new CaseSeed[openings.Length];
        var sequence = 0;
        var year = 0;
        for (var i = 0; i < openings.Length; i++)
        {
            // Whole seconds: PostgreSQL keeps microseconds and SQLite ticks, and both must hold the same data.
            var ticks = Math.Min(openings[i], options.NowUtc.Ticks - TimeSpan.TicksPerHour);
            var opened = new DateTime(ticks - (ticks % TimeSpan.TicksPerSecond), DateTimeKind.Utc);
            sequence = opened.Year == year ? sequence + 1 : 1;
            year = opened.Year;
            var pick = Array.BinarySearch(activity, random.NextDouble() * activity[^1]);
            seeds[i] = new CaseSeed(i, opened, sequence, Math.Min(pick < 0 ? ~pick : pick, supervisorCount - 1));
        }

        return seeds;
    }

    private static string NewId(Random random)
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        return new Guid(bytes).ToString();
    }
}
