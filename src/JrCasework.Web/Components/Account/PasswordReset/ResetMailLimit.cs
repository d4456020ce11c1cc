using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace JrCasework.Web.Components.Account.PasswordReset;

/// <summary>At most <see cref="PasswordResetOptions.MaxMailsPerHour"/> reset mails per account an hour, per instance (a rate limiter, like <see cref="SignInThrottle"/>).</summary>
internal sealed class ResetMailLimit(IOptions<PasswordResetOptions> options) : IDisposable
{
    private readonly PartitionedRateLimiter<string> _perAccount = SignInThrottle.Limiter(options.Value.MaxMailsPerHour, TimeSpan.FromHours(1));

    /// <summary>Takes one mail from <paramref name="userId"/>'s allowance; false when none is left.</summary>
    public bool TryTake(string userId)
    {
        using var lease = _perAccount.AttemptAcquire(userId);
        return lease.IsAcquired;
    }

    public void Dispose() => _perAccount.Dispose();
}
