namespace JrCasework.Domain.Privacy;

/// <summary>
/// Tells whether a case text looks medical. The Dutch data protection authority forbids employers to record a
/// diagnosis, symptoms or the cause of an illness; that someone was absent, and for how long, may be recorded. A form
/// asks <see cref="Find"/> while the supervisor types and warns. Nothing is refused: a list of words cannot tell a
/// diagnosis from a mechanic's diagnosis of a fault, and the supervisor can.
/// </summary>
/// <remarks>
/// The terms are data, not code: <c>Privacy/medical-words.nl.txt</c> and <c>Privacy/medical-words.en.txt</c>, embedded
/// in this assembly, each describing its format at the top. Case, accents and hyphens never count. A term matches the
/// start of a word (inflections and compounds that begin with it), anywhere in a word (<c>*</c>, for Dutch compounds
/// such as "longontsteking"), or only a whole word (<c>=</c>); an exception (<c>!</c>) names a word in which a match
/// is not medical ("coöperatie").
/// </remarks>
public sealed partial class MedicalTerms
{
    private static readonly Lazy<MedicalTerms> DutchList = new(() => Load("nl"));
    private static readonly Lazy<MedicalTerms> EnglishList = new(() => Load("en"));

    // Supervisors mix the languages ("burn-out", "medication" in a Dutch sentence): a text is read against both lists.
    private static readonly Lazy<MedicalTerms> BothLists = new(() => new([DutchList.Value, EnglishList.Value]));

    private readonly Term[] _words;
    private readonly Term[] _phrases;
    private readonly Term[] _exceptions;

    private MedicalTerms(IReadOnlyCollection<Term> terms)
    {
        _words = [.. terms.Where(t => !t.IsException && t.Words.Length == 1)];
        _phrases = [.. terms.Where(t => !t.IsException && t.Words.Length > 1)];
        _exceptions = [.. terms.Where(t => t.IsException)];
    }

    private MedicalTerms(IEnumerable<MedicalTerms> lists)
        : this([.. lists.SelectMany(l => l._words.Concat(l._phrases).Concat(l._exceptions))])
    {
    }

    /// <summary>The shipped Dutch list (<c>medical-words.nl.txt</c>), read once.</summary>
    public static MedicalTerms Dutch => DutchList.Value;

    /// <summary>The shipped English list (<c>medical-words.en.txt</c>), read once.</summary>
    public static MedicalTerms English => EnglishList.Value;

    /// <summary>Both shipped lists together: what the app checks a text against, whatever the user's language.</summary>
    public static MedicalTerms Shipped => BothLists.Value;

    /// <summary>How many medical terms the list holds, exceptions not counted.</summary>
    public int Count => _words.Length + _phrases.Length;

    /// <summary>
    /// Reads a list in the format of the shipped files: one term per line, <c>#</c> comments, and the markers
    /// <c>*</c> (anywhere in a word), <c>=</c> (whole word only) and <c>!</c> (an exception).
    /// </summary>
    /// <exception cref="FormatException">A line holds something other than a term in that format.</exception>
    public static MedicalTerms Parse(string list)
    {
        var terms = new List<Term>();
        var number = 0;
        foreach (var line in list.Split('\n'))
        {
            number++;
            var comment = line.IndexOf('#', StringComparison.Ordinal);
            var entry = (comment < 0 ? line : line[..comment]).Trim();
            if (entry.Length > 0)
            {
                terms.Add(Term.Parse(entry) ?? throw new FormatException($"Line {number} is not a term: '{line.Trim()}'."));
            }
        }

        return new MedicalTerms(terms);
    }

    /// <summary>Whether <paramref name="text"/> holds a word that looks medical.</summary>
    public bool LooksMedical(string? text) => Find(text).Count > 0;

    /// <summary>
    /// The words of <paramref name="text"/> that look medical, as they were typed ("Hernia-operatie", "burn out"), each
    /// once, in the order they first appear; empty when nothing looks medical.
    /// </summary>
    public IReadOnlyList<string> Find(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var words = WordsOf(text);
        var verdicts = new Dictionary<string, bool>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var found = new List<string>();
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i].Folded;
            if (!verdicts.TryGetValue(word, out var medical))
            {
                verdicts[word] = medical = IsMedicalWord(word);
            }

            var last = medical ? i : PhraseFrom(text, words, i);
            if (last >= 0 && seen.Add(string.Join(' ', words.Skip(i).Take(last - i + 1).Select(w => w.Folded))))
            {
                found.Add(text[words[i].Start..words[last].End]);
            }
        }

        return found;
    }

    private bool IsMedicalWord(string word)
    {
        foreach (var term in _words)
        {
            // Most words hold no term at all: that is answered without enumerating matches.
            if (term.OccursIn(word) && term.Matches(word).Any(m => !_exceptions.Any(e => e.Covers(word, m.Start, m.Length))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The index of the last word of a medical phrase that starts at word <paramref name="first"/>, or -1.</summary>
    private int PhraseFrom(string text, List<TextWord> words, int first)
    {
        foreach (var phrase in _phrases)
        {
            var last = first + phrase.Words.Length - 1;
            if (last >= words.Count)
            {
                continue;
            }

            var matches = true;
            for (var i = first; matches && i < last; i++)
            {
                // "burn. Out" is two sentences, not one phrase: only white space may come between the words.
                matches = words[i].Folded == phrase.Words[i - first] && string.IsNullOrWhiteSpace(text[words[i].End..words[i + 1].Start]);
            }

            if (matches && phrase.MatchesLastWord(words[last].Folded))
            {
                return last;
            }
        }

        return -1;
    }

    private enum Reach
    {
        /// <summary>The start of a word: inflections, and compounds that begin with the term.</summary>
        Start,

        /// <summary>Anywhere in a word: compounds with the term in the middle or at the end.</summary>
        Anywhere,

        /// <summary>The whole word only.</summary>
        Whole,
    }

    /// <summary>A line of a list: its words, folded, how far it reaches into a word, and whether it is an exception.</summary>
    private sealed record Term(string[] Words, Reach Reach, bool IsException)
    {
        public static Term? Parse(string entry)
        {
            var isException = entry.StartsWith('!');
            var rest = isException ? entry[1..] : entry;
            var reach = rest.StartsWith('*') ? Reach.Anywhere : rest.StartsWith('=') ? Reach.Whole : Reach.Start;
            rest = reach == Reach.Start ? rest : rest[1..];
            string[] words = [.. rest.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(w => Fold(w))];

            // Anywhere-in-a-word is about compounds, which are one word; an exception names the one word it protects.
            var valid = words.Length > 0 && words.All(w => w.Length > 0 && w.All(char.IsLetterOrDigit))
                && (words.Length == 1 || (reach != Reach.Anywhere && !isException));
            return valid ? new Term(words, reach, isException) : null;
        }

        /// <summary>Whether the one-word term lies in <paramref name="word"/> (folded) at all.</summary>
        public bool OccursIn(string word) => Reach switch
        {
            Reach.Whole => word == Words[0],
            Reach.Start => word.StartsWith(Words[0], StringComparison.Ordinal),
            _ => word.Contains(Words[0], StringComparison.Ordinal),
        };

        /// <summary>Where the one-word term lies in <paramref name="word"/> (folded): each start and the term's length.</summary>
        public IEnumerable<(int Start, int Length)> Matches(string word)
        {
            var term = Words[0];
            if (Reach != Reach.Anywhere)
            {
                if (OccursIn(word))
                {
                    yield return (0, term.Length);
                }

                yield break;
            }

            for (var at = word.IndexOf(term, StringComparison.Ordinal); at >= 0; at = word.IndexOf(term, at + 1, StringComparison.Ordinal))
            {
                yield return (at, term.Length);
            }
        }

        /// <summary>Whether this exception, found in <paramref name="word"/>, spans the match at <paramref name="start"/>.</summary>
        public bool Covers(string word, int start, int length) =>
            Matches(word).Any(m => m.Start <= start && start + length <= m.Start + m.Length);

        /// <summary>Whether the last word of a phrase matches, by the phrase's reach (a start or the whole word).</summary>
        public bool MatchesLastWord(string word) =>
            Reach == Reach.Whole ? word == Words[^1] : word.StartsWith(Words[^1], StringComparison.Ordinal);
    }
}
