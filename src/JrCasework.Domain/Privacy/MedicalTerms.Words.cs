using System.Globalization;
using System.Text;

namespace JrCasework.Domain.Privacy;

// How the lists are read and how a text is cut into words: case, accents and hyphens folded away.
public sealed partial class MedicalTerms
{
    private static MedicalTerms Load(string language)
    {
        var name = $"JrCasework.Domain.Privacy.medical-words.{language}.txt";
        using var stream = typeof(MedicalTerms).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The list {name} is missing from the assembly.");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    }

    /// <summary>
    /// The words of <paramref name="text"/>: runs of letters and digits (with their accents). A hyphen between two letters
    /// stays inside the word, because Dutch writes compounds either way ("hernia-operatie", "herniaoperatie").
    /// </summary>
    private static List<TextWord> WordsOf(string text)
    {
        var words = new List<TextWord>();
        var i = 0;
        while (i < text.Length)
        {
            if (!IsWordChar(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && (IsWordChar(text[i]) || (IsHyphen(text[i]) && i + 1 < text.Length && IsWordChar(text[i + 1]))))
            {
                i++;
            }

            words.Add(new TextWord(start, i, Fold(text.AsSpan(start, i - start))));
        }

        return words;
    }

    /// <summary>A word as it is compared: lower case, without accents or hyphens ("Coöperatie" and "burn-out" become "cooperatie" and "burnout").</summary>
    private static string Fold(ReadOnlySpan<char> word)
    {
        if (Ascii.IsValid(word) && !word.Contains('-'))
        {
            return string.Create(word.Length, word, static (target, source) => Ascii.ToLower(source, target, out _));
        }

        var folded = new StringBuilder(word.Length);
        foreach (var c in word.ToString().Normalize(NormalizationForm.FormD))
        {
            if (!IsHyphen(c) && !IsAccent(c))
            {
                folded.Append(char.ToLowerInvariant(c));
            }
        }

        return folded.ToString();
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || IsAccent(c);

    private static bool IsAccent(char c) =>
        CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

    /// <summary>The hyphen, the Unicode hyphens a word processor puts in (non-breaking among them), and the soft hyphen.</summary>
    private static bool IsHyphen(char c) => c is '-' or '\u2010' or '\u2011' or '\u00AD';

    /// <summary>A word of a text: where it is (to give it back as typed) and its folded form.</summary>
    private readonly record struct TextWord(int Start, int End, string Folded);
}
