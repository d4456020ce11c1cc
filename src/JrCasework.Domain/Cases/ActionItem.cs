namespace JrCasework.Domain.Cases;

/// <summary>One thing to do in step 3, with an owner and a due date.</summary>
public sealed class ActionItem
{
    private ActionItem()
    {
    }

    internal ActionItem(int number, int loop, string description, string owner, DateOnly dueOn)
    {
        Number = number;
        Loop = loop;
        Description = description;
        Owner = owner;
        DueOn = dueOn;
    }

    public int Id { get; private set; }

    /// <summary>The number within the case (1, 2, 3, ...), used to refer to it.</summary>
    public int Number { get; private set; }

    public int Loop { get; private set; }

    public string Description { get; private set; } = string.Empty;

    public string Owner { get; private set; } = string.Empty;

    public DateOnly DueOn { get; private set; }

    public DateTime? CompletedAtUtc { get; private set; }

    internal void Complete(DateTime atUtc) => CompletedAtUtc ??= atUtc;
}
