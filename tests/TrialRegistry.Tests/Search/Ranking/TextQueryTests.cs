using CsCheck;
using Npgsql;
using TrialRegistry.Search.Ranking;
using TrialRegistry.Testing;

namespace TrialRegistry.Tests.Search.Ranking;

/// <summary>
/// The app's reading of a tsquery against a trial's head words agrees with PostgreSQL's
/// <c>to_tsvector(text) @@ websearch_to_tsquery(query)</c> (and with <c>phraseto_tsquery</c>): the relevance tiers
/// computed in memory are the ones the SQL path computes.
/// </summary>
public sealed class TextQueryTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    private static readonly string[] Words =
        ["heart", "failure", "the", "of", "stem", "cells", "cell", "covid-19", "lupus", "it's", "quality", "life", "a", "kidney", "Crohn's", "back\\slash"];

    [Fact]
    public async Task Matches_agree_with_PostgreSQL_for_random_texts_and_queries()
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        var checkedQueries = 0;
        await Gen.Select(Gen.OneOf(Words).Array[0, 12], Queries()).SampleAsync(
            async sample =>
            {
                var (words, query) = sample;
                var text = string.Join(' ', words);
                await using var command = new NpgsqlCommand(
                    """
                    SELECT to_tsvector('english', $1)::text, websearch_to_tsquery('english', $2)::text, phraseto_tsquery('english', $2)::text,
                           to_tsvector('english', $1) @@ websearch_to_tsquery('english', $2), to_tsvector('english', $1) @@ phraseto_tsquery('english', $2)
                    """,
                    connection);
                command.Parameters.Add(new NpgsqlParameter { Value = text });
                command.Parameters.Add(new NpgsqlParameter { Value = query });
                await using var reader = await command.ExecuteReaderAsync();
                await reader.ReadAsync();
                var head = HeadWords.SlotsOf(reader.GetString(0));
                var headWords = new HeadWords(head, 0, head.Length);
                if (TextQuery.Parse(reader.GetString(1)) is { } parsed)
                {
                    Assert.True(parsed.Matches(headWords) == reader.GetBoolean(3), $"'{query}' ({reader.GetString(1)}) on '{text}' ({reader.GetString(0)})");
                    checkedQueries++;
                }

                if (TextQuery.Parse(reader.GetString(2)) is { } phrase)
                {
                    Assert.True(phrase.Matches(headWords) == reader.GetBoolean(4), $"phrase '{query}' ({reader.GetString(2)}) on '{text}' ({reader.GetString(0)})");
                }
            },
            iter: 300,
            threads: 1);
        Assert.True(checkedQueries > 200, $"only {checkedQueries} queries had lexemes");
    }

    [Theory]
    [InlineData("'heart' <-> 'failur' & !'kidney'", true)]
    [InlineData("'qualiti' <2> 'life' | 'x'", true)]
    [InlineData("'a':* & 'b'", false)]
    [InlineData("'unterminated", false)]
    [InlineData("", false)]
    public void Only_what_websearch_and_phraseto_produce_is_parsed(string text, bool parsed)
        => Assert.Equal(parsed, TextQuery.Parse(text) is not null);

    // Words, quoted phrases, OR and -exclusions, as people type them in the box.
    private static Gen<string> Queries()
    {
        var term = Gen.Select(Gen.OneOf(Words), Gen.Int[0, 5], (word, kind) => kind switch
        {
            0 => "-" + word,
            1 => "OR " + word,
            _ => word,
        });
        var phrase = Gen.Select(Gen.OneOf(Words).Array[2, 3], words => "\"" + string.Join(' ', words) + "\"");
        return Gen.Select(Gen.OneOf(term, phrase).Array[1, 4], parts => string.Join(' ', parts));
    }
}
