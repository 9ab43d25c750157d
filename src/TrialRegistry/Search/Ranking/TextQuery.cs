namespace TrialRegistry.Search.Ranking;

/// <summary>
/// A tsquery as PostgreSQL prints it (<c>websearch_to_tsquery(...)::text</c>: <c>'covid' &lt;-&gt; '-19' &amp; !'vaccin'</c>),
/// parsed so the app can test it against a trial's head words (<see cref="HeadWords"/>) with
/// PostgreSQL's meaning of <c>@@</c>: the ranking of docs/decisions/0026 without a second look at
/// the database. Only what websearch_to_tsquery and phraseto_tsquery produce is understood: quoted
/// lexemes, <c>!</c>, <c>&amp;</c>, <c>|</c>, parentheses and phrases of lexemes (<c>&lt;-&gt;</c>, <c>&lt;N&gt;</c>).
/// </summary>
public abstract record TextQuery
{
    private TextQuery()
    {
    }

    /// <summary>A conjunction of at least two words, where "all of them, next to each other" is a better match.</summary>
    public bool IsConjunctionOfWords => this is And && Words().Count() >= 2 && IsConjunction(this);

    /// <summary>Parses PostgreSQL's text form; null when it holds something this class does not evaluate (or nothing).</summary>
    public static TextQuery? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var parser = new Parser(text);
        var query = parser.Or();
        return parser.AtEnd && query is not null && query.Evaluable(insidePhrase: false) ? query : null;
    }

    /// <summary>Whether the query matches the words, as <c>vector @@ query</c> would.</summary>
    public abstract bool Matches(HeadWords words);

    private IEnumerable<Word> Words() => this switch
    {
        Word w => [w],
        Not n => n.Operand.Words(),
        And a => a.Left.Words().Concat(a.Right.Words()),
        Or o => o.Left.Words().Concat(o.Right.Words()),
        Phrase p => p.Left.Words().Concat(p.Right.Words()),
        _ => [],
    };

    private static bool IsConjunction(TextQuery query) => query switch
    {
        Word or Phrase => true,
        And a => IsConjunction(a.Left) && IsConjunction(a.Right),
        _ => false,
    };

    private bool Evaluable(bool insidePhrase) => this switch
    {
        Word => true,
        Phrase p => p.Left.Evaluable(true) && p.Right.Evaluable(true),
        Not n => !insidePhrase && n.Operand.Evaluable(false),
        And a => !insidePhrase && a.Left.Evaluable(false) && a.Right.Evaluable(false),
        Or o => o.Left.Evaluable(insidePhrase) && o.Right.Evaluable(insidePhrase),
        _ => false,
    };

    /// <summary>Whether the query (a word, a phrase, or an | of them) ends a match at this 0-based slot.</summary>
    private protected abstract bool MatchesAt(ReadOnlySpan<int> slots, int end);

    public sealed record Word(string Lexeme) : TextQuery
    {
        public int Hash { get; } = HeadWords.HashOf(Lexeme);

        public override bool Matches(HeadWords words) => words.Contains(Hash);

        private protected override bool MatchesAt(ReadOnlySpan<int> slots, int end) => end >= 0 && end < slots.Length && slots[end] == Hash;
    }

    public sealed record Not(TextQuery Operand) : TextQuery
    {
        public override bool Matches(HeadWords words) => !Operand.Matches(words);

        private protected override bool MatchesAt(ReadOnlySpan<int> slots, int end) => throw new NotSupportedException();
    }

    public sealed record And(TextQuery Left, TextQuery Right) : TextQuery
    {
        public override bool Matches(HeadWords words) => Left.Matches(words) && Right.Matches(words);

        private protected override bool MatchesAt(ReadOnlySpan<int> slots, int end) => throw new NotSupportedException();
    }

    public sealed record Or(TextQuery Left, TextQuery Right) : TextQuery
    {
        public override bool Matches(HeadWords words) => Left.Matches(words) || Right.Matches(words);

        private protected override bool MatchesAt(ReadOnlySpan<int> slots, int end) => Left.MatchesAt(slots, end) || Right.MatchesAt(slots, end);
    }

    /// <summary><c>Left &lt;Distance&gt; Right</c>: Right ends a match Distance positions after Left does.</summary>
    public sealed record Phrase(TextQuery Left, TextQuery Right, int Distance) : TextQuery
    {
        public override bool Matches(HeadWords words)
        {
            var slots = words.Slots;
            for (var end = 0; end < slots.Length; end++)
            {
                if (MatchesAt(slots, end))
                {
                    return true;
                }
            }

            return false;
        }

        private protected override bool MatchesAt(ReadOnlySpan<int> slots, int end) => Right.MatchesAt(slots, end) && Left.MatchesAt(slots, end - Distance);
    }

    /// <summary>Precedence as PostgreSQL prints it: | lowest, then &amp;, then phrase, then !.</summary>
    private sealed class Parser(string text)
    {
        private int at;

        public bool AtEnd
        {
            get
            {
                SkipSpaces();
                return at == text.Length;
            }
        }

        public TextQuery? Or()
        {
            var left = And();
            while (left is not null && Take('|'))
            {
                var right = And();
                left = right is null ? null : new Or(left, right);
            }

            return left;
        }

        private TextQuery? And()
        {
            var left = PhraseChain();
            while (left is not null && Take('&'))
            {
                var right = PhraseChain();
                left = right is null ? null : new And(left, right);
            }

            return left;
        }

        private TextQuery? PhraseChain()
        {
            var left = Unary();
            while (left is not null && PhraseOperator() is { } distance)
            {
                var right = Unary();
                left = right is null ? null : new Phrase(left, right, distance);
            }

            return left;
        }

        private TextQuery? Unary()
        {
            if (Take('!'))
            {
                return Unary() is { } operand ? new Not(operand) : null;
            }

            if (Take('('))
            {
                var inner = Or();
                return Take(')') ? inner : null;
            }

            return Lexeme();
        }

        private int? PhraseOperator()
        {
            SkipSpaces();
            if (at >= text.Length || text[at] != '<')
            {
                return null;
            }

            var close = text.IndexOf('>', at);
            if (close < 0)
            {
                return null;
            }

            var inside = text[(at + 1)..close];
            int? distance = inside == "-" ? 1
                : int.TryParse(inside, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : null;
            if (distance is not null)
            {
                at = close + 1;
            }

            return distance;
        }

        // 'lexeme' with '' and \ escapes; a :* prefix or :AB weight suffix is not evaluated here.
        private Word? Lexeme()
        {
            SkipSpaces();
            var lexeme = Lexemes.ReadQuoted(text, ref at);
            return lexeme is null || (at < text.Length && text[at] == ':') ? null : new Word(lexeme);
        }

        private bool Take(char c)
        {
            SkipSpaces();
            if (at < text.Length && text[at] == c)
            {
                at++;
                return true;
            }

            return false;
        }

        private void SkipSpaces()
        {
            while (at < text.Length && text[at] == ' ')
            {
                at++;
            }
        }
    }
}
