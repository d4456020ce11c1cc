using JrCasework.Domain.Cases;

namespace JrCasework.Domain.Reviews;

/// <summary>How well one part of the method was followed: yes, partly or no.</summary>
public enum Assessment
{
    Yes,
    Partly,
    No,
}

/// <summary>HR's assessment of a case, per part of the method.</summary>
/// <param name="Objective">Was the objective determined and kept in view?</param>
/// <param name="Facts">Step 1: were the facts gathered, the whole story?</param>
/// <param name="Weigh">Step 2: were possible actions weighed and practices and policies checked?</param>
/// <param name="Action">Step 3: was the action taken by the right person, at the right time, explained?</param>
/// <param name="Check">Step 4: were results checked and followed up?</param>
public sealed record ReviewAssessment(Assessment Objective, Assessment Facts, Assessment Weigh, Assessment Action, Assessment Check);

/// <summary>What HR records about a closed case: the assessment, remarks for HR, advice to the supervisor.</summary>
public sealed record ReviewInput(ReviewAssessment Assessment, string? Remarks, string? Advice, bool IsGoodExample);

/// <summary>
/// An HR business partner's review of a closed case. One per case; revising it keeps who reviewed
/// last and when. The supervisor who owns the case sees the assessment and the advice.
/// </summary>
public sealed class CaseReview
{
    /// <summary>The longest remark or advice, in characters.</summary>
    public const int MaxTextLength = 4000;

    private CaseReview()
    {
    }

    private CaseReview(int caseId, ReviewInput input, Actor by)
    {
        CaseId = caseId;
        FirstReviewedAtUtc = by.AtUtc;
        Apply(input, by);
    }

    public int Id { get; private set; }

    public int CaseId { get; private set; }

    public Assessment Objective { get; private set; }

    public Assessment Facts { get; private set; }

    public Assessment Weigh { get; private set; }

    public Assessment Action { get; private set; }

    public Assessment Check { get; private set; }

    /// <summary>Remarks for HR's own use and the record.</summary>
    public string? Remarks { get; private set; }

    /// <summary>Advice to the supervisor; they see it on their case.</summary>
    public string? Advice { get; private set; }

    /// <summary>A case other supervisors may learn from; shown first among similar cases.</summary>
    public bool IsGoodExample { get; private set; }

    public string ReviewerUserId { get; private set; } = string.Empty;

    public DateTime FirstReviewedAtUtc { get; private set; }

    public DateTime ReviewedAtUtc { get; private set; }

    public Guid Version { get; private set; }

    public ReviewAssessment Assessment => new(Objective, Facts, Weigh, Action, Check);

    /// <summary>Reviews a case; only a closed case can be reviewed (the outcome is what HR looks at).</summary>
    public static CaseReview Record(JrCase @case, ReviewInput input, Actor by)
    {
        ArgumentNullException.ThrowIfNull(@case);
        if (!@case.IsClosed)
        {
            throw new CaseRuleException(CaseRule.NotInThisStep, "Only a closed case can be reviewed.");
        }

        return ForClosedCase(@case.Id, input, by);
    }

    /// <summary>Reviews the case with <paramref name="caseId"/>, which the caller knows is closed (bulk loading of data).</summary>
    public static CaseReview ForClosedCase(int caseId, ReviewInput input, Actor by) => new(caseId, input, by);

    /// <summary>Changes the review; the reviewer and time become those of this revision.</summary>
    public void Revise(ReviewInput input, Actor by) => Apply(input, by);

    private void Apply(ReviewInput input, Actor by)
    {
        ArgumentNullException.ThrowIfNull(input);
        var remarks = Clean(input.Remarks);
        var advice = Clean(input.Advice);
        if (TextLimit.Check(remarks, MaxTextLength) != TextProblem.None || TextLimit.Check(advice, MaxTextLength) != TextProblem.None)
        {
            // The form checks both texts first (CaseReviewForm); a text that gets here is a bug, not a user's mistake.
            throw new ArgumentException($"Remarks and advice are at most {MaxTextLength} characters, without control characters.", nameof(input));
        }

        Objective = input.Assessment.Objective;
        Facts = input.Assessment.Facts;
        Weigh = input.Assessment.Weigh;
        Action = input.Assessment.Action;
        Check = input.Assessment.Check;
        Remarks = remarks;
        Advice = advice;
        IsGoodExample = input.IsGoodExample;
        ReviewerUserId = by.UserId;
        ReviewedAtUtc = by.AtUtc;
        Version = Guid.NewGuid();
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
