using System.Text;

namespace JrCasework.Web.Features.Cases.Similar;

/// <summary>
/// Replaces every known person name with <c>[name]</c> and every known employee number with
/// <c>[number]</c> in a free text. Built once from the names and numbers (thousands of them), then used
/// on a few short texts.
/// </summary>
/// <remarks>
/// Texts and names are cut into words (letters and digits); a match is a whole word or a run of whole
/// words, never part of one, so "Jan" leaves "Jansen" alone. Words are compared without case or
/// accents ("yilmaz" matches "Yılmaz"). From each name it matches the full name, each part of three
/// letters or more, and a surname with its particle ("de Vries", "van der Meer"); a particle alone
/// ("van", "de", "el") is never a match, as it is also an everyday word. When in doubt it removes too
/// much rather than too little: a surname that is also a word ("Visser", "Bakker") is removed wherever
/// it appears.
/// </remarks>
public sealed partial class Anonymiser
{
    public const string NamePlaceholder = "[name]";
    public const string NumberPlaceholder = "[number]";

    /// <summary>The shortest name part matched on its own; shorter parts only count within a full name.</summary>
    public const int MinimumPartLength = 3;

    /// <summary>The fewest digits of an employee number's digits matched on their own ("1001" of "P-1001").</summary>
    public const int MinimumNumberDigits = 4;

    /// <summary>Surname particles (Dutch, Flemish, German, French, Arabic, Iberian, Italian): never a name on their own.</summary>
    private static readonly HashSet<string> Particles = new(
    [
        "van", "de", "der", "den", "het", "t", "ter", "ten", "te", "in", "op", "aan", "bij", "uit", "voor", "onder", "over",
        "vande", "vander", "vanden", "von", "zu", "zum", "zur", "du", "des", "la", "le", "les", "d", "el", "al", "da", "das",
        "do", "dos", "di", "del", "della", "y",
    ], StringComparer.Ordinal);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> IsParticle =
        Particles.GetAlternateLookup<ReadOnlySpan<char>>();

    private readonly Node _root = new();

    /// <summary>Word positions, reused for every name and number while building.</summary>
    private readonly List<Word> _parts = [];

    public Anonymiser(IEnumerable<string?> names, IEnumerable<string?> employeeNumbers)
    {
        ArgumentNullException.ThrowIfNull(names);
        ArgumentNullException.ThrowIfNull(employeeNumbers);
        foreach (var name in names)
        {
            AddName(name);
        }

        foreach (var number in employeeNumbers)
        {
            AddNumber(number);
        }
    }

    /// <summary>The text with every known name and number replaced; null and empty stay as they are.</summary>
    public string? Anonymise(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text;
        }

        var words = Words(text, []);
        var keys = words.Select(w => Fold(text.AsSpan(w.Start, w.Length))).ToArray();
        var result = new StringBuilder(text.Length);
        var copiedUpTo = 0;
        Kind? previous = null;
        var previousEnd = 0;
        for (var i = 0; i < words.Count;)
        {
            var (length, kind) = LongestMatch(text, words, keys, i);
            if (length == 0)
            {
                previous = null;
                i++;
                continue;
            }

            var start = words[i].Start;
            var end = words[i + length - 1].End;

            // "Pieter Boer" is one person: two adjacent name matches become one [name].
            var joinsPrevious = previous == kind && IsJoining(text.AsSpan(previousEnd, start - previousEnd));
            if (!joinsPrevious)
            {
                result.Append(text, copiedUpTo, start - copiedUpTo);
                result.Append(kind == Kind.Number ? NumberPlaceholder : NamePlaceholder);
            }

            copiedUpTo = end;
            previous = kind;
            previousEnd = end;
            i += length;
        }

        result.Append(text, copiedUpTo, text.Length - copiedUpTo);
        return result.ToString();
    }

    private void AddName(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return;
        }

        // Folding keeps every letter and digit, so the words of the folded name are the folded words.
        var folded = Fold(name);
        var parts = Words(folded, _parts);
        if (parts.Count > 1)
        {
            Add(folded, parts, 0, parts.Count, Kind.Name);
        }

        Span<char> scratch = folded.Length < 256 ? stackalloc char[folded.Length + 1] : new char[folded.Length + 1];
        for (var i = 0; i < parts.Count; i++)
        {
            var part = folded.AsSpan(parts[i].Start, parts[i].Length);
            if (IsParticle.Contains(part))
            {
                // A surname with its particle: "de Vries", "van der Meer", and from the first particle to the end.
                var surname = i + 1;
                while (surname < parts.Count && IsParticle.Contains(folded.AsSpan(parts[surname].Start, parts[surname].Length)))
                {
                    surname++;
                }

                if (i > 0 && surname < parts.Count)
                {
                    Add(folded, parts, i, surname - i + 1, Kind.Name);
                    Add(folded, parts, i, parts.Count - i, Kind.Name);
                }
            }
            else if (CountLetters(part) >= MinimumPartLength)
            {
                Mark(_root.Child(part), Kind.Name);

                // The Dutch genitive has no apostrophe after a consonant: "Anouks zone", "Jans dienst".
                if (part[^1] is not ('s' or 'x' or 'z'))
                {
                    part.CopyTo(scratch);
                    scratch[part.Length] = 's';
                    Mark(_root.Child(scratch[..(part.Length + 1)]), Kind.Name);
                }
            }
        }
    }

    private void AddNumber(string? number)
    {
        if (string.IsNullOrWhiteSpace(number))
        {
            return;
        }

        var folded = Fold(number);
        var parts = Words(folded, _parts);
        if (parts.Count > 1 || (parts.Count == 1 && parts[0].Length >= MinimumPartLength))
        {
            Add(folded, parts, 0, parts.Count, Kind.Number);
        }

        // People also write just the digits: "1001" for P-1001, "001128" for E001128.
        if (parts.Count > 0)
        {
            var last = folded.AsSpan(parts[^1].Start, parts[^1].Length);
            var digits = last[(last.LastIndexOfAnyExceptInRange('0', '9') + 1)..];
            if (digits.Length >= MinimumNumberDigits)
            {
                Mark(_root.Child(digits), Kind.Number);
            }
        }
    }

    /// <summary>Adds the <paramref name="count"/> words of <paramref name="folded"/> from <paramref name="first"/> on as one name or number.</summary>
    private void Add(string folded, List<Word> parts, int first, int count, Kind kind)
    {
        var node = _root;
        for (var i = first; i < first + count; i++)
        {
            node = node.Child(folded.AsSpan(parts[i].Start, parts[i].Length));
        }

        Mark(node, kind);
    }

    /// <summary>A word that is both a name and a number is hidden either way; the name wins.</summary>
    private static void Mark(Node node, Kind kind) => node.Match = node.Match == Kind.Name ? Kind.Name : kind;

    /// <summary>The most words from <paramref name="first"/> on that form a known name or number, and which it is.</summary>
    private (int Length, Kind Kind) LongestMatch(string text, List<Word> words, string[] keys, int first)
    {
        var best = (Length: 0, Kind: Kind.Name);
        var node = _root;
        for (var i = first; i < words.Count; i++)
        {
            if (i > first && !IsJoining(text.AsSpan(words[i - 1].End, words[i].Start - words[i - 1].End)))
            {
                break;
            }

            if (node.Find(keys[i]) is not { } next)
            {
                break;
            }

            node = next;
            if (node.Match is { } kind)
            {
                best = (i - first + 1, kind);
            }
        }

        return best;
    }

    /// <summary>What may stand between the words of one name or number: a space, a hyphen, an apostrophe — not a full stop or a line break.</summary>
    private static bool IsJoining(ReadOnlySpan<char> between)
    {
        if (between.Length is 0 or > 3)
        {
            return false;
        }

        foreach (var c in between)
        {
            if (c is not (' ' or '\t' or '\u00A0' or '-' or '\u2010' or '\u2011' or '\'' or '\u2019'))
            {
                return false;
            }
        }

        return true;
    }
}
