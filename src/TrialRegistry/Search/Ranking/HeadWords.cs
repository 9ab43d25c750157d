using System.Globalization;

namespace TrialRegistry.Search.Ranking;

/// <summary>
/// A trial's head words (trial_search_text.head: brief title, acronym, conditions, interventions,
/// keywords) as the facet index keeps them: one hash per position of the tsvector, 0 where the
/// vector has no word (a stop word was there). About 23 positions a trial. Hashes are of
/// PostgreSQL's own lexemes, so a test here agrees with <c>head @@ query</c> up to a 32-bit hash collision
/// within one trial's twenty-odd words.
/// </summary>
public readonly struct HeadWords(int[] slots, int start, int length)
{
    public static HeadWords None => new([], 0, 0);

    public ReadOnlySpan<int> Slots => slots.AsSpan(start, length);

    /// <summary>A lexeme's hash, never 0 (0 marks an empty position). Stable within the process only.</summary>
    public static int HashOf(string lexeme)
    {
        var hash = StringComparer.Ordinal.GetHashCode(lexeme);
        return hash == 0 ? 1 : hash;
    }

    /// <summary>
    /// Reads a tsvector's text form (<c>'breast':1 'cancer':2,5A</c>) into position slots: slot i holds
    /// the hash of the lexeme at position i + 1.
    /// </summary>
    public static int[] SlotsOf(string vector)
    {
        var words = new List<(int Hash, int Position)>();
        var at = 0;
        while (at < vector.Length)
        {
            while (at < vector.Length && vector[at] == ' ')
            {
                at++;
            }

            var lexeme = Lexemes.ReadQuoted(vector, ref at);
            if (lexeme is null)
            {
                break;
            }

            var hash = HashOf(lexeme);
            if (at < vector.Length && vector[at] == ':')
            {
                do
                {
                    at++;
                    var digits = at;
                    while (at < vector.Length && char.IsAsciiDigit(vector[at]))
                    {
                        at++;
                    }

                    words.Add((hash, int.Parse(vector.AsSpan(digits, at - digits), NumberStyles.None, CultureInfo.InvariantCulture)));
                    while (at < vector.Length && char.IsAsciiLetter(vector[at]))
                    {
                        at++; // weight
                    }
                }
                while (at < vector.Length && vector[at] == ',');
            }
        }

        var slots = new int[words.Count == 0 ? 0 : words.Max(w => w.Position)];
        foreach (var (hash, position) in words)
        {
            slots[position - 1] = hash;
        }

        return slots;
    }

    public bool Contains(int hash) => Slots.Contains(hash);
}
