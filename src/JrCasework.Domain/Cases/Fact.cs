namespace JrCasework.Domain.Cases;

/// <summary>A fact of step 1: what kind, from whom or what, when, and what it says.</summary>
public sealed class Fact
{
    private Fact()
    {
    }

    internal Fact(int number, int loop, FactKind kind, string source, DateOnly date, string text, int? conversationWithEmployeeId)
    {
        Number = number;
        Loop = loop;
        Set(kind, source, date, text, conversationWithEmployeeId);
    }

    public int Id { get; private set; }

    /// <summary>The number within the case (1, 2, 3, ...), used to refer to it.</summary>
    public int Number { get; private set; }

    /// <summary>The loop in which the fact was gathered.</summary>
    public int Loop { get; private set; }

    public FactKind Kind { get; private set; }

    /// <summary>Whom or what the fact comes from.</summary>
    public string Source { get; private set; } = string.Empty;

    public DateOnly Date { get; private set; }

    public string Text { get; private set; } = string.Empty;

    /// <summary>For a conversation with one of the employees the case concerns: that employee.</summary>
    public int? ConversationWithEmployeeId { get; private set; }

    internal void Set(FactKind kind, string source, DateOnly date, string text, int? conversationWithEmployeeId)
    {
        Kind = kind;
        Source = source;
        Date = date;
        Text = text;
        ConversationWithEmployeeId = kind == FactKind.Conversation ? conversationWithEmployeeId : null;
    }

    internal string Describe() => $"{Kind} | {Source} | {Date:yyyy-MM-dd} | {Text}";
}
