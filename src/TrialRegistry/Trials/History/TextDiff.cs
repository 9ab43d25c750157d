using System.Text.RegularExpressions;
using DiffPlex;
using DiffPlex.Model;

namespace TrialRegistry.Trials.History;

/// <summary>
/// Word-level difference of two texts (DiffPlex's Myers differ over word, space, punctuation and
/// newline tokens), cut into lines for display. A summary that gains one sentence shows that
/// sentence inserted, not two walls of text. See docs/decisions/0012-history-and-diff.md.
/// </summary>
public static partial class TextDiff
{
    /// <summary>
    /// Below this share of kept characters the texts were rewritten rather than edited: the diff
    /// shows the old text deleted and the new one inserted instead of interleaved word soup.
    /// </summary>
    public const double MinimumKeptShare = 0.3;

    public static IReadOnlyList<TextDiffLine> Compare(string before, string after)
    {
        var segments = Segments(Normalize(before), Normalize(after));
        return ToLines(segments);
    }

    private static List<TextDiffSegment> Segments(string before, string after)
    {
        var result = Differ.Instance.CreateDiffs(before, after, ignoreWhiteSpace: false, ignoreCase: false, WordTokens.Instance);
        var segments = new List<TextDiffSegment>();
        var kept = 0;
        var position = 0;
        foreach (var block in result.DiffBlocks)
        {
            kept += Add(segments, TextDiffKind.Unchanged, result.PiecesOld, position, block.DeleteStartA - position);
            Add(segments, TextDiffKind.Deleted, result.PiecesOld, block.DeleteStartA, block.DeleteCountA);
            Add(segments, TextDiffKind.Inserted, result.PiecesNew, block.InsertStartB, block.InsertCountB);
            position = block.DeleteStartA + block.DeleteCountA;
        }

        kept += Add(segments, TextDiffKind.Unchanged, result.PiecesOld, position, result.PiecesOld.Count - position);
        if (kept < MinimumKeptShare * Math.Max(before.Length, after.Length))
        {
            segments = [new(TextDiffKind.Deleted, before), new(TextDiffKind.Inserted, "\n" + after)];
        }

        return segments;
    }

    /// <summary>Appends pieces as one segment (merged with the last one of the same kind); returns the characters added.</summary>
    private static int Add(List<TextDiffSegment> segments, TextDiffKind kind, IReadOnlyList<string> pieces, int start, int count)
    {
        if (count <= 0)
        {
            return 0;
        }

        var text = string.Concat(pieces.Skip(start).Take(count));
        if (segments.Count > 0 && segments[^1].Kind == kind)
        {
            segments[^1] = segments[^1] with { Text = segments[^1].Text + text };
        }
        else
        {
            segments.Add(new TextDiffSegment(kind, text));
        }

        return text.Length;
    }

    /// <summary>Cuts segments at newlines; a line whose segments are all of one kind takes that kind.</summary>
    private static List<TextDiffLine> ToLines(List<TextDiffSegment> segments)
    {
        var lines = new List<TextDiffLine>();
        var current = new List<TextDiffSegment>();
        foreach (var segment in segments)
        {
            var parts = segment.Text.Split('\n');
            for (var i = 0; i < parts.Length; i++)
            {
                if (i > 0)
                {
                    lines.Add(Line(current));
                    current = [];
                }

                if (parts[i].Length > 0)
                {
                    current.Add(segment with { Text = parts[i] });
                }
            }
        }

        lines.Add(Line(current));
        return lines;
    }

    private static TextDiffLine Line(List<TextDiffSegment> segments)
    {
        var kinds = segments.Where(s => !string.IsNullOrWhiteSpace(s.Text)).Select(s => s.Kind).Distinct().ToList();
        TextDiffKind? kind = kinds.Count switch
        {
            0 => TextDiffKind.Unchanged,
            1 => kinds[0],
            _ => null,
        };
        return new TextDiffLine(kind, segments);
    }

    private static string Normalize(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');

    /// <summary>Tokens: a newline, a run of other white space, a word, or one other character.</summary>
    private sealed partial class WordTokens : IChunker
    {
        public static readonly WordTokens Instance = new();

        public IReadOnlyList<string> Chunk(string str) => Token().Matches(str).Select(m => m.Value).ToArray();

        [GeneratedRegex(@"\n|[^\S\n]+|\w+|[^\w\s]", RegexOptions.CultureInvariant)]
        private static partial Regex Token();
    }
}
