namespace JrCasework.Domain.Cases;

/// <summary>The time a case spent in one step, added up each time it leaves that step.</summary>
public sealed class CaseStepTime
{
    private CaseStepTime()
    {
    }

    internal CaseStepTime(CaseStep step) => Step = step;

    public int Id { get; private set; }

    public CaseStep Step { get; private set; }

    /// <summary>Days, with the fraction of a day.</summary>
    public double Days { get; private set; }

    internal void Add(TimeSpan time) => Days += time.TotalDays;
}
