namespace JrCasework.Domain.Tests.Cases;

/// <summary>Everything a move can change, to show that a refused move changed nothing.</summary>
internal sealed record CaseSnapshot(
    CaseStep Step,
    int Loop,
    int HistoryCount,
    Guid Version,
    DateTime LastChangedAtUtc,
    string Objective,
    string? ReferredToUserId,
    int Facts,
    int PossibleActions,
    int Decisions,
    int ActionPlans,
    string? CurrentPlan,
    int ActionItems,
    string FollowUps,
    int Outcomes,
    int Overrides)
{
    public static CaseSnapshot Of(JrCase @case) => new(
        @case.Step,
        @case.Loop,
        @case.History.Count,
        @case.Version,
        @case.LastChangedAtUtc,
        @case.Objective,
        @case.ReferredToUserId,
        @case.Facts.Count,
        @case.PossibleActions.Count,
        @case.Decisions.Count,
        @case.ActionPlans.Count,
        @case.CurrentPlan is { } plan ? $"{plan.Handling}|{plan.HelperName}|{plan.ManagerUserId}|{plan.When}|{plan.ExplanationToEmployee}" : null,
        @case.ActionItems.Count,
        string.Join(";", @case.FollowUps.Select(f => $"{f.Number}:{f.DueOn:yyyy-MM-dd}:{f.Status}:{f.Reason}")),
        @case.Outcomes.Count,
        @case.Overrides.Count);
}

internal static class CaseAssert
{
    /// <summary>Asserts the move is refused for <paramref name="rule"/> and leaves the case as it was.</summary>
    public static CaseRuleException Refused(JrCase @case, CaseRule rule, Action<JrCase> move)
    {
        var before = CaseSnapshot.Of(@case);

        var refusal = Assert.Throws<CaseRuleException>(() => move(@case));

        Assert.Equal(rule, refusal.Rule);
        Assert.False(string.IsNullOrWhiteSpace(refusal.Message));
        Assert.Equal(before, CaseSnapshot.Of(@case));
        return refusal;
    }

    /// <summary>Asserts the move succeeds, appends to the history without touching earlier entries, and renews the version.</summary>
    public static CaseHistoryEntry Allowed(JrCase @case, Action<JrCase> move)
    {
        var history = @case.History.ToList();
        var version = @case.Version;

        move(@case);

        Assert.True(@case.History.Count > history.Count, "An allowed move appends at least one history entry.");
        Assert.Equal(history, @case.History.Take(history.Count));
        Assert.NotEqual(version, @case.Version);
        return @case.History[^1];
    }
}
