namespace JrCasework.Web.Tests.Cases;

/// <summary>What the supervisor does on the forms of the case steps: one call for each form filled in and sent.</summary>
internal static class StepForms
{
    /// <summary>Step 1: fills in a fact from the record, without adding it yet.</summary>
    public static void FillInARecord<T>(this IRenderedComponent<T> cut, string source, string text)
        where T : IComponent
    {
        cut.Find("#fact-kind-Record").Click();
        cut.Find("#fact-source").Input(source);
        cut.Find("#fact-text").Input(text);
    }

    /// <summary>Step 2: chooses possible action <paramref name="number"/>, gives the rationale and decides.</summary>
    public static void Decide<T>(this IRenderedComponent<T> cut, int number, string rationale)
        where T : IComponent
    {
        cut.Find($"#choose-{number}").Change(true);
        cut.Find("#rationale").Input(rationale);
        cut.Find("#decide").Click();
    }

    /// <summary>Step 3: adds an action item for <paramref name="owner"/>, due on the day the form suggests.</summary>
    public static void AddActionItem<T>(this IRenderedComponent<T> cut, string description, string owner)
        where T : IComponent
    {
        cut.Find("#item-description").Input(description);
        cut.Find("#item-owner").Input(owner);
        cut.Find("#add-item").Click();
    }

    /// <summary>Step 4: schedules the follow-ups of a quick choice, e.g. "1w-2w-3" for the button <c>#preset-1w-2w-3</c>.</summary>
    public static void ScheduleQuickChoice<T>(this IRenderedComponent<T> cut, string preset)
        where T : IComponent
    {
        cut.Find($"#preset-{preset}").Click();
        cut.Find("#schedule").Click();
    }
}
