using System.Globalization;
using System.Text;

namespace JrCasework.Web.Features.Cases.Similar;

// How the anonymiser reads text: words, letters, accents, and case and accents folded away for matching.
public sealed partial class Anonymiser
{
    /// <summary>The runs of letters and digits (with their combining accents) in <paramref name="text"/>, into <paramref name="words"/>.</summary>
    private static List<Word> Words(string text, List<Word> words)
    {
        words.Clear();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && IsWordChar(text[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                words.Add(new Word(start, i - start));
                start = -1;
            }
        }

        return words;
    }

    private static bool IsWordChar(char c) =>
        char.IsAsciiLetterOrDigit(c)
        || (!char.IsAscii(c) && (char.IsLetterOrDigit(c) || IsAccent(c)));

    private static bool IsAccent(char c) =>
        CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

    private static int CountLetters(ReadOnlySpan<char> word)
    {
        var letters = 0;
        foreach (var c in word)
        {
            letters += char.IsLetter(c) ? 1 : 0;
        }

        return letters;
    }

    /// <summary>A text as it is compared: lower case, without accents ("Yılmaz", "YILMAZ" and "Yilmaz" all become "yilmaz").</summary>
    private static string Fold(ReadOnlySpan<char> text)
    {
        if (Ascii.IsValid(text))
        {
            return string.Create(text.Length, text, static (target, source) => Ascii.ToLower(source, target, out _));
        }

        var folded = new StringBuilder(text.Length);
        foreach (var c in text.ToString().Normalize(NormalizationForm.FormD))
        {
            if (IsAccent(c))
            {
                continue;
            }

            switch (char.ToLowerInvariant(c))
            {
                case 'ı':
                    folded.Append('i');
                    break;
                case 'ø':
                    folded.Append('o');
                    break;
                case 'ł':
                    folded.Append('l');
                    break;
                case 'ß':
                    folded.Append("ss");
                    break;
                case var other:
                    folded.Append(other);
                    break;
            }
        }

        return folded.ToString();
    }

    private enum Kind
    {
        Name,
        Number,
    }

    private readonly record struct Word(int Start, int Length)
    {
        public int End => Start + Length;
    }

    /// <summary>One word of a name or number; the words that may follow it, and whether a name or number ends here.</summary>
    private sealed class Node
    {
        private Dictionary<string, Node>? _next;

        public Kind? Match { get; set; }

        /// <summary>The node for <paramref name="word"/> after this one, made if new (the key string only then).</summary>
        public Node Child(ReadOnlySpan<char> word)
        {
            _next ??= new Dictionary<string, Node>(StringComparer.Ordinal);
            var lookup = _next.GetAlternateLookup<ReadOnlySpan<char>>();
            if (!lookup.TryGetValue(word, out var child))
            {
                child = new Node();
                lookup[word] = child;
            }

            return child;
        }

        public Node? Find(string word) => _next is not null && _next.TryGetValue(word, out var child) ? child : null;
    }
}
