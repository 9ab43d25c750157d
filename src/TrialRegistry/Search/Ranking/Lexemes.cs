using System.Text;

namespace TrialRegistry.Search.Ranking;

/// <summary>PostgreSQL's quoting of a lexeme in the text form of tsvector and tsquery.</summary>
internal static class Lexemes
{
    /// <summary>
    /// Reads the quoted lexeme that starts at <paramref name="at"/> (<c>'it''s'</c>; a backslash escapes
    /// the next character) and moves past its closing quote; null when there is none.
    /// </summary>
    public static string? ReadQuoted(string text, ref int at)
    {
        if (at >= text.Length || text[at] != '\'')
        {
            return null;
        }

        var lexeme = new StringBuilder();
        at++;
        while (at < text.Length)
        {
            var c = text[at++];
            if (c == '\\' && at < text.Length)
            {
                lexeme.Append(text[at++]);
            }
            else if (c == '\'' && at < text.Length && text[at] == '\'')
            {
                lexeme.Append('\'');
                at++;
            }
            else if (c == '\'')
            {
                return lexeme.ToString();
            }
            else
            {
                lexeme.Append(c);
            }
        }

        return null;
    }
}
