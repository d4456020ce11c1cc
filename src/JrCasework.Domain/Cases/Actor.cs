namespace JrCasework.Domain.Cases;

/// <summary>Who makes a change, and when (UTC).</summary>
public sealed record Actor(string UserId, DateTime AtUtc)
{
    /// <summary>The date on the actor's own calendar (their time zone); the UTC date unless given.</summary>
    public DateOnly Today { get; init; } = DateOnly.FromDateTime(AtUtc);
}
