namespace JrCasework.Web.Tests.Cases;

/// <summary>
/// The case of the step 1, step 2 and preparation sheet tests, on a fixed day (10 March 2026): Jan Smit and Eva Bos
/// late for the early shift, walked through the real domain by its owner.
/// </summary>
internal static class EarlyShiftCase
{
    public const int Jan = 7;
    public const int Eva = 8;

    public static readonly DateTime Now = new(2026, 3, 10, 9, 0, 0, DateTimeKind.Utc);

    public static readonly DateOnly Today = DateOnly.FromDateTime(Now);

    public static readonly Actor Owner = new("owner-1", Now);

    /// <summary>The day the facts are from.</summary>
    public static readonly DateOnly Day = new(2026, 3, 2);

    /// <summary>The case in step 1 without facts; its reference number, title and objective as the test needs them.</summary>
    public static JrCase InStep1(int number = 1, string title = "Late for the early shift", string objective = "On time, calm team, no stops")
    {
        var @case = JrCase.Open(2026, number, title, 1, ProblemOrigin.CameUp, objective, [(Jan, "Jan Smit"), (Eva, "Eva Bos")], Owner.UserId, 1, Owner);
        @case.StartGettingFacts(Owner);
        return @case;
    }

    /// <summary>Adds a fact of every kind, a conversation with each employee included: the whole story of step 1.</summary>
    public static JrCase WithTheWholeStory(this JrCase @case)
    {
        @case.AddFact(FactKind.Record, "Absence records", Day, "Late six times", Owner);
        @case.AddFact(FactKind.RulesAndCustoms, "Staff handbook", Day, "Shift starts at 06:00", Owner);
        @case.AddFact(FactKind.Conversation, "Talk", Day, "The bus changed", Owner, Jan);
        @case.AddFact(FactKind.Conversation, "Talk", Day, "Jan is often late", Owner, Eva);
        @case.AddFact(FactKind.OpinionOrFeeling, "Colleagues", Day, "Unfair", Owner);
        return @case;
    }
}
