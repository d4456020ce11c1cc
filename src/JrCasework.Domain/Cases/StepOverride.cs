namespace JrCasework.Domain.Cases;

/// <summary>A written reason to move on although the method's caution applied (e.g. an incomplete whole story).</summary>
public sealed class StepOverride
{
    private StepOverride()
    {
    }

    internal StepOverride(int loop, CaseStep fromStep, string reason, IReadOnlyList<string> missing, DateTime atUtc)
    {
        Loop = loop;
        FromStep = fromStep;
        Reason = reason;
        Missing = string.Join("; ", missing);
        AtUtc = atUtc;
    }

    public int Id { get; private set; }

    public int Loop { get; private set; }

    public CaseStep FromStep { get; private set; }

    public string Reason { get; private set; } = string.Empty;

    /// <summary>What was missing when the supervisor moved on.</summary>
    public string Missing { get; private set; } = string.Empty;

    public DateTime AtUtc { get; private set; }
}
