namespace JrCasework.Domain.Cases;

/// <summary>What the supervisor concludes at the end of a loop.</summary>
public sealed record OutcomeInput(ObjectiveMet ObjectiveMet, bool ActionHelped, string? HowItHelped, string? LessonsLearned);

/// <summary>The outcome of one loop: closed with it, or started a new loop from step 1.</summary>
public sealed class LoopOutcome
{
    private LoopOutcome()
    {
    }

    internal LoopOutcome(int loop, OutcomeInput input, bool closedCase, string? closeAnywayReason, DateTime atUtc)
    {
        Loop = loop;
        ObjectiveMet = input.ObjectiveMet;
        ActionHelped = input.ActionHelped;
        HowItHelped = input.HowItHelped?.Trim();
        LessonsLearned = input.LessonsLearned?.Trim();
        ClosedCase = closedCase;
        CloseAnywayReason = closeAnywayReason?.Trim();
        RecordedAtUtc = atUtc;
    }

    public int Id { get; private set; }

    public int Loop { get; private set; }

    public ObjectiveMet ObjectiveMet { get; private set; }

    public bool ActionHelped { get; private set; }

    /// <summary>The changes in output, attitudes and relationships the action brought.</summary>
    public string? HowItHelped { get; private set; }

    public string? LessonsLearned { get; private set; }

    /// <summary>True when this outcome closed the case; false when a new loop started.</summary>
    public bool ClosedCase { get; private set; }

    /// <summary>Why the case was closed although the objective was not met.</summary>
    public string? CloseAnywayReason { get; private set; }

    public DateTime RecordedAtUtc { get; private set; }
}
