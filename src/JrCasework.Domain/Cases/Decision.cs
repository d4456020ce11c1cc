namespace JrCasework.Domain.Cases;

/// <summary>The decision of step 2 for one loop: which possible actions, and why.</summary>
public sealed class Decision
{
    private readonly List<int> _chosenActionNumbers = [];

    private Decision()
    {
    }

    internal Decision(int loop, IEnumerable<int> chosenActionNumbers, string rationale, DateTime decidedAtUtc)
    {
        Loop = loop;
        _chosenActionNumbers.AddRange(chosenActionNumbers);
        Rationale = rationale;
        DecidedAtUtc = decidedAtUtc;
    }

    public int Id { get; private set; }

    public int Loop { get; private set; }

    /// <summary>The numbers of the chosen possible actions.</summary>
    public IReadOnlyList<int> ChosenActionNumbers => _chosenActionNumbers;

    public string Rationale { get; private set; } = string.Empty;

    public DateTime DecidedAtUtc { get; private set; }
}
