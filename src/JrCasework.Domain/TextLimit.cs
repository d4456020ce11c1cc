namespace JrCasework.Domain;

/// <summary>What keeps a typed text from being kept, if anything.</summary>
public enum TextProblem
{
    None,
    TooLong,

    /// <summary>A control character (NUL, escape, ...) or half a surrogate pair: nothing a person types.</summary>
    UnusableCharacter,
}

/// <summary>
/// How long each kind of text may be, and which characters no text keeps. The form stops typing at the limit;
/// the domain checks again, because a script talking to the server can send anything. The database columns
/// that have a length use the same numbers.
/// </summary>
public static class TextLimit
{
    /// <summary>A title, a name, a source, when and where.</summary>
    public const int Name = 200;

    /// <summary>A note beside a choice, an action item, the reason for moving a follow-up.</summary>
    public const int Short = 500;

    /// <summary>A possible action.</summary>
    public const int Description = 1000;

    /// <summary>The objective, a fact, a rationale, an explanation, an observation, an outcome.</summary>
    public const int Long = 4000;

    /// <summary>
    /// Checks <paramref name="text"/> as it will be kept: without the white space around it, at most
    /// <paramref name="max"/> characters, with line breaks and tabs but no other control character.
    /// </summary>
    public static TextProblem Check(string? text, int max)
    {
        if (text is null)
        {
            return TextProblem.None;
        }

        var kept = text.AsSpan().Trim();
        for (var i = 0; i < kept.Length; i++)
        {
            var c = kept[i];
            if (char.IsHighSurrogate(c) && i + 1 < kept.Length && char.IsLowSurrogate(kept[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c) || (char.IsControl(c) && c is not ('\n' or '\r' or '\t')))
            {
                return TextProblem.UnusableCharacter;
            }
        }

        return kept.Length > max ? TextProblem.TooLong : TextProblem.None;
    }
}
