namespace JrCasework.Domain.Cases;

/// <summary>The case's privacy over its life: a legal hold keeps it from being anonymised when its retention ends.</summary>
public sealed partial class JrCase
{
    /// <summary>Why HR keeps the case whole (a dispute, a claim, an inquiry); null while it is not on hold.</summary>
    public string? HoldReason { get; private set; }

    /// <summary>Since when the case is on legal hold; null while it is not.</summary>
    public DateTime? HoldSinceUtc { get; private set; }

    /// <summary>Who placed the hold.</summary>
    public string? HoldByUserId { get; private set; }

    /// <summary>A case on legal hold is never anonymised, whatever its retention says.</summary>
    public bool IsOnHold => HoldSinceUtc is not null;

    /// <summary>
    /// Places a legal hold, with its <paramref name="reason"/>, at any step: the case will not be anonymised until the
    /// hold is lifted. The history keeps who placed it, when and why. The case's own content does not change.
    /// </summary>
    public void PlaceHold(string reason, Actor by)
    {
        ArgumentNullException.ThrowIfNull(by);
        Require(!IsOnHold, CaseRule.AlreadyOnHold, "This case is on legal hold already.");
        var why = RequireReason(reason);
        HoldReason = why;
        HoldSinceUtc = by.AtUtc;
        HoldByUserId = by.UserId;
        Record(by, CaseEvent.HoldPlaced, Step, why);
    }

    /// <summary>Lifts the legal hold, with its <paramref name="reason"/>; the history keeps the reason it was placed for as well.</summary>
    public void LiftHold(string reason, Actor by)
    {
        ArgumentNullException.ThrowIfNull(by);
        Require(IsOnHold, CaseRule.NotOnHold, "This case is not on legal hold.");
        var why = RequireReason(reason);
        var placedFor = HoldReason;
        HoldReason = null;
        HoldSinceUtc = null;
        HoldByUserId = null;
        Record(by, CaseEvent.HoldLifted, Step, why, placedFor);
    }

    private static string RequireReason(string? reason)
    {
        Require(!string.IsNullOrWhiteSpace(reason), CaseRule.HoldReasonRequired, "Say why: a legal hold is placed and lifted with a reason.");
        RequireFits((reason, TextLimit.Short));
        return reason!.Trim();
    }
}
