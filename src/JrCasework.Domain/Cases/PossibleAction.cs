namespace JrCasework.Domain.Cases;

/// <summary>How one possible action is expected to affect one party, with a short note.</summary>
public sealed record Weighing(Effect Effect, string? Note = null);

/// <summary>What the supervisor fills in for a possible action of step 2.</summary>
public sealed record PossibleActionInput(
    string Description,
    Weighing? Individual,
    Weighing? Group,
    Weighing? Production,
    bool PolicyChecked,
    string? PolicyNote = null,
    SupportKinds Support = SupportKinds.None);

/// <summary>A possible action of step 2, weighed for the individual, the group and production.</summary>
public sealed class PossibleAction
{
    private PossibleAction()
    {
    }

    internal PossibleAction(int number, int loop, PossibleActionInput input)
    {
        Number = number;
        Loop = loop;
        Set(input);
    }

    public int Id { get; private set; }

    /// <summary>The number within the case (1, 2, 3, ...), used to refer to it.</summary>
    public int Number { get; private set; }

    public int Loop { get; private set; }

    public string Description { get; private set; } = string.Empty;

    public Effect? EffectOnIndividual { get; private set; }

    public string? IndividualNote { get; private set; }

    public Effect? EffectOnGroup { get; private set; }

    public string? GroupNote { get; private set; }

    public Effect? EffectOnProduction { get; private set; }

    public string? ProductionNote { get; private set; }

    /// <summary>Checked against practices and policies.</summary>
    public bool PolicyChecked { get; private set; }

    public string? PolicyNote { get; private set; }

    public SupportKinds Support { get; private set; }

    /// <summary>The effect on the individual, the group and production is weighed.</summary>
    public bool IsEffectWeighed => EffectOnIndividual is not null && EffectOnGroup is not null && EffectOnProduction is not null;

    /// <summary>Weighed for all three parties and checked against policy: ready for a decision.</summary>
    public bool IsWeighed => IsEffectWeighed && PolicyChecked;

    internal void Set(PossibleActionInput input)
    {
        Description = input.Description.Trim();
        EffectOnIndividual = input.Individual?.Effect;
        IndividualNote = input.Individual?.Note;
        EffectOnGroup = input.Group?.Effect;
        GroupNote = input.Group?.Note;
        EffectOnProduction = input.Production?.Effect;
        ProductionNote = input.Production?.Note;
        PolicyChecked = input.PolicyChecked;
        PolicyNote = input.PolicyNote;
        Support = input.Support;
    }

    internal string Describe() =>
        $"{Description} | individual {EffectOnIndividual} {IndividualNote} | group {EffectOnGroup} {GroupNote} | production {EffectOnProduction} {ProductionNote} | policy {PolicyChecked} {PolicyNote} | {Support}";
}
