namespace JrCasework.Domain;

/// <summary>What keeps a typed text from being kept, if anything.</summary>
/// <remarks>In order of seriousness: the larger value is the one to tell first.</remarks>
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
    public static TextProblem Check(string? text, int max) =>
        text is null ? TextProblem.None
        : HasUnusableCharacter(text) ? TextProblem.UnusableCharacter
        : text.AsSpan().Trim().Length > max ? TextProblem.TooLong
        : TextProblem.None;

    /// <summary>Whether <paramref name="text"/>, ends included, holds a control character other than a line break or tab, or half a surrogate pair.</summary>
    public static bool HasUnusableCharacter(ReadOnlySpan<char> text) => UnusableAt(text, 0) >= 0;

    /// <summary><paramref name="text"/> without the characters <see cref="HasUnusableCharacter"/> looks for (for text no person typed, such as a browser's description).</summary>
    public static string WithoutUnusableCharacters(string text)
    {
        var kept = new System.Text.StringBuilder(text.Length);
        for (var from = 0; from < text.Length;)
        {
            var at = UnusableAt(text, from);
            var end = at < 0 ? text.Length : at;
            kept.Append(text, from, end - from);
            from = end + 1;
        }

        return kept.ToString();
    }

    /// <summary>The index of the first unusable character at or after <paramref name="from"/>, or -1.</summary>
    private static int UnusableAt(ReadOnlySpan<char> text, int from)
    {
        for (var i = from; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c) || (char.IsControl(c) && c is not ('\n' or '\r' or '\t')))
            {
                return i;
            }
        }

        return -1;
    }
}
