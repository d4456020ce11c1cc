using System.Threading.RateLimiting;

namespace JrCasework.Web.Components.Account;

/// <summary>
/// Slows password guessing with ASP.NET Core's rate limiters, counting failed sign-ins only: per client address (30 in
/// 15 minutes, whatever the accounts), per account from one address (5 in 15 minutes), and per account from everywhere
/// (50 in an hour, the bound for guesses spread over many addresses). A throttled attempt is refused like a wrong
/// password, so it says nothing about the account; the owner, signing in from their own address, is not stopped by
/// someone else's guesses below the last bound. Counts are kept per instance; Identity's lockout (after 50 failures, in
/// the database) bounds guesses across instances.
/// </summary>
internal sealed class SignInThrottle : IDisposable
{
    private readonly PartitionedRateLimiter<string> _perAddress = Limiter(30, TimeSpan.FromMinutes(15));
    private readonly PartitionedRateLimiter<string> _perAccountAndAddress = Limiter(5, TimeSpan.FromMinutes(15));
    private readonly PartitionedRateLimiter<string> _perAccount = Limiter(50, TimeSpan.FromHours(1));

    /// <summary>Whether a sign-in to <paramref name="account"/> from <paramref name="address"/> may be tried now.</summary>
    public bool Allows(string? address, string account) =>
        HasRoom(_perAddress, AddressKey(address)) && HasRoom(_perAccountAndAddress, PairKey(address, account)) && HasRoom(_perAccount, AccountKey(account));

    /// <summary>Counts a failed sign-in against the address, the account from that address, and the account.</summary>
    public void Failed(string? address, string account)
    {
        _perAddress.AttemptAcquire(AddressKey(address)).Dispose();
        _perAccountAndAddress.AttemptAcquire(PairKey(address, account)).Dispose();
        _perAccount.AttemptAcquire(AccountKey(account)).Dispose();
    }

    /// <summary>Whether a sign-in that names no account (a passkey) may be tried from <paramref name="address"/> now.</summary>
    public bool AllowsAddress(string? address) => HasRoom(_perAddress, AddressKey(address));

    /// <summary>Counts a failed sign-in that named no account (a passkey nobody here knows) against the address.</summary>
    public void FailedFromAddress(string? address) => _perAddress.AttemptAcquire(AddressKey(address)).Dispose();

    public void Dispose()
    {
        _perAddress.Dispose();
        _perAccountAndAddress.Dispose();
        _perAccount.Dispose();
    }

    private static bool HasRoom(PartitionedRateLimiter<string> limiter, string key)
    {
        // Zero permits asks whether any are left without taking one.
        using var lease = limiter.AttemptAcquire(key, 0);
        return lease.IsAcquired;
    }

    private static string AddressKey(string? address) => address ?? "unknown";

    private static string AccountKey(string account) => account.Trim().ToUpperInvariant();

    private static string PairKey(string? address, string account) => AddressKey(address) + "|" + AccountKey(account);

    /// <summary>A sliding window of <paramref name="failures"/> permits per <paramref name="window"/> for each key, without queueing.</summary>
    internal static PartitionedRateLimiter<string> Limiter(int failures, TimeSpan window) =>
        PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetSlidingWindowLimiter(key, _ => new SlidingWindowRateLimiterOptions
        {
            PermitLimit = failures,
            Window = window,
            SegmentsPerWindow = 6,
            QueueLimit = 0,
            AutoReplenishment = true,
        }));
}
