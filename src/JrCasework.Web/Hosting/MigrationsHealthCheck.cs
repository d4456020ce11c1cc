using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace JrCasework.Web.Hosting;

/// <summary>
/// Ready to serve: the database answers and every migration this build knows is applied (an instance started
/// before another one migrated, or on an older database, is not ready).
/// </summary>
internal sealed class MigrationsHealthCheck(IDbContextFactory<JrCaseworkDbContext> dbFactory) : IHealthCheck
{
    public const string Name = "migrations";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).Count();
        return pending == 0
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy($"{pending} migration(s) not applied.");
    }
}
