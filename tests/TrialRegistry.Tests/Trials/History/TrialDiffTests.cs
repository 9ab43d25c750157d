using System.Text.Json;
using TrialRegistry.Trials.History;

namespace TrialRegistry.Tests.Trials.History;

public sealed class TrialDiffTests
{
    private static IReadOnlyList<FieldChange> Diff(string before, string after)
    {
        using var b = JsonDocument.Parse(before);
        using var a = JsonDocument.Parse(after);
        return TrialDiff.Compare(b.RootElement, a.RootElement);
    }

    private static string Json(object value) => JsonSerializer.Serialize(value);

    [Fact]
    public void Identical_snapshots_have_no_changes()
    {
        var snapshot = Json(new
        {
            BriefTitle = "A study",
            StartDate = new { Text = "2020-01", Type = "Actual" },
            Arms = new[] { new { Label = "A", Description = "x" } },
            Conditions = new[] { "Lupus" },
        });

        Assert.Empty(Diff(snapshot, snapshot));
    }

    [Fact]
    public void Key_order_ids_and_ordinals_are_not_changes()
    {
        // jsonb stores keys in its own order, and row ids and ordinals are bookkeeping.
        var before = """{"BriefTitle":"T","Arms":[{"Id":4,"Ordinal":0,"Label":"A","Type":"Experimental"}],"Version":12}""";
        var after = """{"Version":15,"Arms":[{"Type":"Experimental","Label":"A","Ordinal":3,"Id":9}],"BriefTitle":"T"}""";

        Assert.Empty(Diff(before, after));
    }

    [Fact]
    public void A_changed_scalar_shows_old_and_new_values_with_a_human_label()
    {
        var change = Assert.Single(Diff("""{"BriefTitle":"Old title","EnrollmentCount":40}""", """{"BriefTitle":"New title","EnrollmentCount":40}"""));

        Assert.Equal(new FieldChange("BriefTitle", "Brief title", ChangeKind.Changed, "Old title", "New title", null), change);
        Assert.Equal("Identification", change.Section);
    }

    [Fact]
    public void Numbers_and_booleans_read_as_values()
    {
        var changes = Diff("""{"EnrollmentCount":40,"Eligibility":{"HealthyVolunteers":false}}""", """{"EnrollmentCount":60,"Eligibility":{"HealthyVolunteers":true}}""");

        Assert.Collection(
            changes,
            c => Assert.Equal(("EnrollmentCount", "Enrollment", "40", "60"), (c.Path, c.Label, c.Before, c.After)),
            c => Assert.Equal(("Eligibility.HealthyVolunteers", "Eligibility › Accepts healthy volunteers", "No", "Yes"), (c.Path, c.Label, c.Before, c.After)));
    }

    [Fact]
    public void A_nested_change_has_its_full_path_and_the_date_text_is_named_by_the_date()
    {
        var changes = Diff(
            """{"StartDate":{"Text":"2020-01","Type":"Estimated"},"Eligibility":{"MinimumAge":"18 Years","Sex":"ALL"}}""",
            """{"StartDate":{"Text":"2020-03","Type":"Estimated"},"Eligibility":{"MinimumAge":"16 Years","Sex":"ALL"}}""");

        Assert.Collection(
            changes,
            c =>
            {
                Assert.Equal(("StartDate.Text", "Start date", ChangeKind.Changed, "2020-01", "2020-03"), (c.Path, c.Label, c.Kind, c.Before, c.After));
                Assert.Equal("Status and dates", c.Section);
            },
            c =>
            {
                Assert.Equal(("Eligibility.MinimumAge", "Eligibility › Minimum age", ChangeKind.Changed, "18 Years", "16 Years"), (c.Path, c.Label, c.Kind, c.Before, c.After));
                Assert.Equal("Eligibility", c.Section);
            });
    }

    [Theory]
    [InlineData("""{"Acronym":null}""", """{"Acronym":"LUMEN"}""", ChangeKind.Added, null, "LUMEN")]
    [InlineData("""{}""", """{"Acronym":"LUMEN"}""", ChangeKind.Added, null, "LUMEN")]
    [InlineData("""{"Acronym":"LUMEN"}""", """{"Acronym":null}""", ChangeKind.Removed, "LUMEN", null)]
    [InlineData("""{"Acronym":"LUMEN"}""", """{"Acronym":"  "}""", ChangeKind.Removed, "LUMEN", null)]
    public void Null_missing_and_blank_are_no_value(string before, string after, ChangeKind kind, string? old, string? @new)
    {
        var change = Assert.Single(Diff(before, after));

        Assert.Equal(("Acronym", kind, old, @new), (change.Path, change.Kind, change.Before, change.After));
    }

    [Fact]
    public void Null_empty_and_blank_are_the_same_no_value()
        => Assert.Empty(Diff("""{"Acronym":null,"Keywords":[],"StartDate":null}""", """{"Acronym":"","StartDate":{"Text":null,"Type":null}}"""));

    [Fact]
    public void A_date_that_appears_is_added_field_by_field()
    {
        var changes = Diff("""{"CompletionDate":null}""", """{"CompletionDate":{"Text":"2026-12","Type":"Estimated"}}""");

        Assert.Equal(
            [("CompletionDate.Text", "Completion date", ChangeKind.Added, "2026-12"), ("CompletionDate.Type", "Completion date › Type", ChangeKind.Added, "Estimated")],
            changes.Select(c => (c.Path, c.Label, c.Kind, c.After)));
    }

    [Fact]
    public void A_row_inserted_in_the_middle_is_one_added_row_and_the_rows_after_it_are_unchanged()
    {
        var before = Json(new { Arms = new[] { Arm("A", "first"), Arm("C", "third"), Arm("D", "fourth") } });
        var after = Json(new { Arms = new[] { Arm("A", "first"), Arm("B", "second"), Arm("C", "third"), Arm("D", "fourth") } });

        var change = Assert.Single(Diff(before, after));

        Assert.Equal(("Arms[1]", "Arm 2", ChangeKind.Added, null), (change.Path, change.Label, change.Kind, change.Before));
        Assert.Equal("Label: B; Description: second", change.After);
    }

    [Fact]
    public void A_row_removed_in_the_middle_is_one_removed_row_with_its_old_number()
    {
        var before = Json(new { Outcomes = new[] { Outcome("Survival", "1 year"), Outcome("Toxicity", "30 days"), Outcome("Quality of life", "6 months") } });
        var after = Json(new { Outcomes = new[] { Outcome("Survival", "1 year"), Outcome("Quality of life", "6 months") } });

        var change = Assert.Single(Diff(before, after));

        Assert.Equal(("Outcomes[1]", "Outcome 2", ChangeKind.Removed, "Measure: Toxicity; Time frame: 30 days", null), (change.Path, change.Label, change.Kind, change.Before, change.After));
        Assert.Equal("Outcomes", change.Section);
    }

    [Fact]
    public void A_row_edited_in_place_shows_only_its_changed_field()
    {
        var before = Json(new { Arms = new[] { Arm("A", "first"), Arm("B", "second"), Arm("C", "third") } });
        var after = Json(new { Arms = new[] { Arm("A", "first"), Arm("B", "second, revised"), Arm("C", "third") } });

        var change = Assert.Single(Diff(before, after));

        Assert.Equal(("Arms[1].Description", "Arm 2 › Description", ChangeKind.Changed, "second", "second, revised"), (change.Path, change.Label, change.Kind, change.Before, change.After));
    }

    [Fact]
    public void A_removed_row_next_to_an_edited_row_pairs_the_edit_with_the_row_it_resembles()
    {
        var before = Json(new { Arms = new[] { Arm("A", "first"), Arm("B", "second"), Arm("C", "third"), Arm("D", "fourth") } });
        var after = Json(new { Arms = new[] { Arm("A", "first"), Arm("C", "third, longer"), Arm("D", "fourth") } });

        var changes = Diff(before, after);

        Assert.Equal(
            [("Arms[1]", "Arm 2", ChangeKind.Removed, "Label: B; Description: second", null), ("Arms[1].Description", "Arm 2 › Description", ChangeKind.Changed, "third", "third, longer")],
            changes.Select(c => (c.Path, c.Label, c.Kind, c.Before, c.After)));
    }

    [Fact]
    public void String_lists_show_added_and_removed_items_and_ignore_reordering()
    {
        var changes = Diff(
            """{"Conditions":["Lupus","Nephritis","Arthritis"],"Keywords":["b","a"]}""",
            """{"Conditions":["Lupus","Arthritis","Vasculitis"],"Keywords":["a","b"]}""");

        Assert.Equal(
            [("Conditions[1]", "Conditions", ChangeKind.Removed, "Nephritis", null), ("Conditions[2]", "Conditions", ChangeKind.Added, null, "Vasculitis")],
            changes.Select(c => (c.Path, c.Label, c.Kind, c.Before, c.After)));
    }

    [Fact]
    public void A_string_list_inside_a_row_is_compared_as_items()
    {
        var before = """{"Arms":[{"Label":"A","InterventionNames":["Drug: X"]}]}""";
        var after = """{"Arms":[{"Label":"A","InterventionNames":["Drug: X","Drug: Y"]}]}""";

        var change = Assert.Single(Diff(before, after));

        Assert.Equal(("Arms[0].InterventionNames[1]", "Arm 1 › Interventions", ChangeKind.Added, "Drug: Y"), (change.Path, change.Label, change.Kind, change.After));
    }

    [Fact]
    public void Long_text_gets_a_word_level_diff_with_the_inserted_and_deleted_words()
    {
        var common = string.Join(' ', Enumerable.Repeat("The study measures how patients respond to treatment over time.", 4));
        var before = Json(new { BriefSummary = common + " Participants visit monthly for blood tests." });
        var after = Json(new { BriefSummary = common + " Participants visit weekly for blood tests and imaging." });

        var change = Assert.Single(Diff(before, after));
        var segments = change.TextDiff!.SelectMany(l => l.Segments).ToList();

        Assert.Equal(("BriefSummary", "Brief summary", ChangeKind.Changed), (change.Path, change.Label, change.Kind));
        Assert.Contains(new TextDiffSegment(TextDiffKind.Deleted, "monthly"), segments);
        Assert.Contains(new TextDiffSegment(TextDiffKind.Inserted, "weekly"), segments);
        Assert.Contains(segments, s => s.Kind == TextDiffKind.Inserted && s.Text.Contains("imaging", StringComparison.Ordinal));
        Assert.DoesNotContain(segments, s => s.Kind != TextDiffKind.Unchanged && s.Text.Contains("patients", StringComparison.Ordinal));
        Assert.Equal(change.Before, string.Concat(segments.Where(s => s.Kind != TextDiffKind.Inserted).Select(s => s.Text)));
        Assert.Equal(change.After, string.Concat(segments.Where(s => s.Kind != TextDiffKind.Deleted).Select(s => s.Text)));
    }

    [Fact]
    public void Multi_line_text_is_diffed_line_by_line()
    {
        var before = Json(new { Eligibility = new { Criteria = "Inclusion Criteria:\n* Age 18 or over\n* Signed consent\n\nExclusion Criteria:\n* Pregnancy" } });
        var after = Json(new { Eligibility = new { Criteria = "Inclusion Criteria:\n* Age 18 or over\n* Signed consent\n* Negative test\n\nExclusion Criteria:\n* Pregnancy" } });

        var lines = Assert.Single(Diff(before, after)).TextDiff!;

        Assert.Equal(7, lines.Count);
        Assert.Equal(TextDiffKind.Unchanged, lines[0].Kind);
        Assert.Contains(lines, l => l.Kind == TextDiffKind.Inserted && string.Concat(l.Segments.Select(s => s.Text)) == "* Negative test");
        Assert.Single(lines, l => !l.IsUnchanged);
    }

    [Fact]
    public void Short_text_has_no_text_diff()
        => Assert.Null(Assert.Single(Diff("""{"Acronym":"ABC"}""", """{"Acronym":"ABD"}""")).TextDiff);

    [Fact]
    public void A_rewritten_text_shows_old_deleted_and_new_inserted()
    {
        var lines = TextDiff.Compare(new string('a', 250), "Completely different words here");

        Assert.Equal([TextDiffKind.Deleted, TextDiffKind.Inserted], lines.Select(l => l.Kind));
    }

    [Theory]
    [InlineData("MinimumAge", "Minimum age")]
    [InlineData("InterventionModelDescription", "Intervention model description")]
    [InlineData("BriefTitle", "Brief title")]
    [InlineData("CTISNumber", "CTIS number")]
    [InlineData("EarlyPhase1", "Early phase 1")]
    public void Labels_come_from_the_table_or_split_pascal_case(string property, string label)
        => Assert.Equal(label, TrialDiffLabels.Name(property));

    [Fact]
    public void Enum_values_read_as_words_the_lead_sponsor_is_named_by_its_name_and_fields_follow_the_record_order()
    {
        var changes = Diff(
            """{"OverallStatus":"NotYetRecruiting","Phases":["Phase1"],"LeadSponsor":{"Id":3,"Name":"APHP"}}""",
            """{"OverallStatus":"Recruiting","Phases":["Phase1","Phase2"],"LeadSponsor":{"Id":8,"Name":"UCL"}}""");

        Assert.Equal(
            [("Overall status", "Not yet recruiting", "Recruiting"), ("Lead sponsor", "APHP", "UCL"), ("Phases", null, "Phase 2")],
            changes.Select(c => (c.Label, c.Before, c.After)));
    }

    private static object Arm(string label, string description) => new { Label = label, Description = description };

    private static object Outcome(string measure, string timeFrame) => new { Measure = measure, TimeFrame = timeFrame };
}
