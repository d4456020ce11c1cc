using JrCasework.Domain.Foundations;

namespace JrCasework.Web.Features.Foundations;

/// <summary>Settings <c>Foundations:*</c>: how often each foundation should come back, in days (0 = no nudge).</summary>
internal sealed class FoundationOptions
{
    public const string Section = "Foundations";

    public int GettingAlongDays { get; set; } = 28;

    public int CreditDays { get; set; } = 28;

    public int ChangeDays { get; set; } = 91;

    public int AbilityDays { get; set; } = 182;

    public int DueSoonDays { get; set; } = 7;

    public FoundationIntervals Intervals => new FoundationIntervals(GettingAlongDays, CreditDays, ChangeDays, AbilityDays, DueSoonDays).Validated();
}

/// <summary>One row of "My team": a person and where they stand on each of the four foundations.</summary>
public sealed record TeamRow(int EmployeeId, string FullName, string EmployeeNumber, IReadOnlyList<FoundationStatus> Foundations)
{
    public bool NeedsAttention => Foundations.Any(f => f.NeedsAttention);

    public FoundationStatus this[Foundation foundation] => Foundations.Single(f => f.Foundation == foundation);
}

/// <summary>What the supervisor logs: which foundation, for whom, when, a note, and for a change its details.</summary>
public sealed record LogMoment(Foundation Foundation, IReadOnlyCollection<int> EmployeeIds, DateOnly OccurredOn, string? Note, ChangeDetails? Change);

/// <summary>A logged moment as the supervisor sees it on a person's page.</summary>
public sealed record MomentView(long Id, Foundation Foundation, DateOnly OccurredOn, string? Note, ChangeDetails? Change, IReadOnlyList<string> With);

/// <summary>One of the supervisor's own cases about the person.</summary>
public sealed record PersonCase(int CaseId, string Reference, string Title, CaseStep Step, DateTime OpenedAtUtc, DateTime? ClosedAtUtc);

/// <summary>A team member's page: their foundations, the moments, and the supervisor's own cases about them.</summary>
public sealed record PersonView(TeamRow Row, IReadOnlyList<MomentView> Moments, IReadOnlyList<PersonCase> Cases);

/// <summary>For a manager: how current one foundation is across one supervisor's team — counts only.</summary>
public sealed record FoundationCurrency(Foundation Foundation, int Current, int DueSoon, int Overdue, int NeverDone)
{
    public int Total => Current + DueSoon + Overdue + NeverDone;

    /// <summary>The share of the team for whom it is current or only due soon (not overdue, not never done), 0–100.</summary>
    public int PercentUpToDate => Total == 0 ? 0 : (int)Math.Round(100.0 * (Current + DueSoon) / Total);
}

/// <summary>A supervisor in the manager's units: team size and, per foundation, how current it is.</summary>
public sealed record SupervisorFoundations(string SupervisorUserId, string SupervisorName, string UnitName, int TeamSize, IReadOnlyList<FoundationCurrency> Foundations);
