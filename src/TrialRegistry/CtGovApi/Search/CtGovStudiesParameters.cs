using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Primitives;
using TrialRegistry.Common;
using TrialRegistry.Trials;

namespace TrialRegistry.CtGovApi.Search;

/// <summary>
/// Reads the query string of <c>GET /api/v2/studies</c> as ClinicalTrials.gov does: list values
/// comma- or pipe-separated, pageSize 0 or absent for the default and above 1,000 coerced down to
/// 1,000, postFilter.* the same as filter.*, and an unknown parameter or a bad value refused with
/// a message (400). Parameters of the contract that the registry cannot honour (synonyms,
/// aggregation filters, patient search, legacy markup) are refused by name rather than ignored.
/// </summary>
public static partial class CtGovStudiesParameters
{
    private static readonly HashSet<string> Ignored = new(StringComparer.Ordinal)
    {
        // Only changes the ranking around filter.geo's point; ranking by distance is not offered.
        "geoDecay",
    };

    private static readonly HashSet<string> Unsupported = new(StringComparer.Ordinal)
    {
        "query.patient", "filter.synonyms", "postFilter.synonyms", "aggFilters",
    };

    private static readonly string[] Known =
    [
        "format", "markupFormat", "query.cond", "query.term", "query.locn", "query.titles", "query.intr", "query.outc",
        "query.spons", "query.lead", "query.id", "filter.overallStatus", "filter.geo", "filter.ids", "filter.advanced",
        "postFilter.overallStatus", "postFilter.geo", "postFilter.ids", "postFilter.advanced", "fields", "sort",
        "countTotal", "pageSize", "pageToken",
    ];

    /// <exception cref="CtGovRequestException">An unknown parameter or a value that is not valid; the message says which.</exception>
    public static CtGovStudiesRequest Parse(IEnumerable<KeyValuePair<string, StringValues>> query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, given) in query)
        {
            if (Unsupported.Contains(name))
            {
                throw new CtGovRequestException($"Parameter \"{name}\" is not supported by this registry");
            }

            if (!Known.Contains(name, StringComparer.Ordinal) && !Ignored.Contains(name))
            {
                throw new CtGovRequestException($"Unknown parameter \"{name}\"");
            }

            if (given.Count > 1)
            {
                throw new CtGovRequestException($"Parameter \"{name}\" is given more than once; separate list values with commas or pipes");
            }

            values[name] = given.ToString();
        }

        string? Text(string name) => values.TryGetValue(name, out var v) && !string.IsNullOrWhiteSpace(v) ? v.Trim() : null;

        var request = new CtGovStudiesRequest
        {
            Format = Format(Text("format")),
            Conditions = Text("query.cond"),
            Locations = Text("query.locn"),
            Titles = Text("query.titles"),
            Interventions = Text("query.intr"),
            Outcomes = Text("query.outc"),
            Sponsors = Text("query.spons"),
            LeadSponsor = Text("query.lead"),
            StudyIds = Text("query.id") is { } ids ? IdTokens(ids) : [],
            Statuses = Statuses("filter.overallStatus", Text("filter.overallStatus"))
                .Concat(Statuses("postFilter.overallStatus", Text("postFilter.overallStatus"))).Distinct().ToList(),
            NctIds = NctIds("filter.ids", Text("filter.ids")).Concat(NctIds("postFilter.ids", Text("postFilter.ids"))).Distinct().ToList(),
            Geo = Geo("filter.geo", Text("filter.geo")) ?? Geo("postFilter.geo", Text("postFilter.geo")),
            Sort = Sort(Text("sort")),
            PageSize = PageSize(values.GetValueOrDefault("pageSize")),
            PageToken = Text("pageToken"),
            CountTotal = Boolean("countTotal", Text("countTotal")),
            Fields = values.TryGetValue("fields", out var fields) ? Fields(fields) : null,
        };

        if (Text("filter.geo") is not null && Text("postFilter.geo") is not null)
        {
            throw new CtGovRequestException("filter.geo and postFilter.geo: give one distance only");
        }

        if (Text("markupFormat") is { } markup && !markup.Equals("markdown", StringComparison.Ordinal))
        {
            throw new CtGovRequestException(markup.Equals("legacy", StringComparison.Ordinal)
                ? "markupFormat: only markdown is available from this registry"
                : $"markupFormat: invalid value \"{markup}\"; expected markdown or legacy");
        }

        // query.term may hold AREA[...] terms (CT.gov's own example); they filter like filter.advanced.
        var advanced = new List<AdvancedCondition>();
        if (Text("query.term") is { } term)
        {
            var parts = AdvancedFilterParser.SplitAnd(term);
            var areaParts = parts.Where(AdvancedFilterParser.IsAreaTerm).ToList();
            advanced.AddRange(areaParts.SelectMany(p => AdvancedFilterParser.Parse("query.term", p)));
            var text = areaParts.Count == 0 ? term : string.Join(' ', parts.Except(areaParts));
            request = request with { Term = text.Length == 0 ? null : EssieToWebSearch(text) };
        }

        foreach (var name in new[] { "filter.advanced", "postFilter.advanced" })
        {
            if (Text(name) is { } expression)
            {
                advanced.AddRange(AdvancedFilterParser.Parse(name, expression));
            }
        }

        return request with
        {
            Advanced = advanced,
            Conditions = EssieToWebSearch(request.Conditions),
            Interventions = EssieToWebSearch(request.Interventions),
            Titles = EssieToWebSearch(request.Titles),
            Outcomes = EssieToWebSearch(request.Outcomes),
            Sponsors = EssieToWebSearch(request.Sponsors),
            LeadSponsor = EssieToWebSearch(request.LeadSponsor),
            Locations = EssieToWebSearch(request.Locations),
            OnlyNctIds = OnlyNctIds(Text("query.term")) ?? OnlyNctIds(Text("query.id")),
        };
    }

    /// <summary>Essie's NOT becomes web-search's minus; AND is implied between words; OR and quotes carry over.</summary>
    private static string? EssieToWebSearch(string? text)
        => text is null ? null : NotOperator().Replace(text, " -").Trim();

    private static IReadOnlyList<string>? OnlyNctIds(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var tokens = ListItems(text, alsoSpaces: true);
        return tokens.Count > 0 && tokens.All(NctPattern().IsMatch) ? tokens.Select(NormalizeNct).Distinct().ToList() : null;
    }

    private static List<string> IdTokens(string text)
        => ListItems(text, alsoSpaces: true)
            .Where(t => t is not ("OR" or "AND"))
            .Select(t => t.Trim('"').ToUpperInvariant())
            .Where(t => t.Length > 0)
            .Distinct()
            .ToList();

    private static List<string> ListItems(string text, bool alsoSpaces = false)
        => text.Split(alsoSpaces ? [',', '|', ' ', '\t'] : [',', '|'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList();

    private static CtGovFormat Format(string? text) => text switch
    {
        null or "json" => CtGovFormat.Json,
        "csv" => CtGovFormat.Csv,
        _ => throw new CtGovRequestException($"format: invalid value \"{text}\"; expected json or csv"),
    };

    private static List<OverallStatus> Statuses(string name, string? text)
    {
        var statuses = new List<OverallStatus>();
        foreach (var item in text is null ? [] : ListItems(text))
        {
            if (!CtGovNames.TryParse<OverallStatus>(item, out var status) || item != CtGovNames.ToCtGov(status))
            {
                throw new CtGovRequestException(
                    $"{name}: invalid value \"{item}\"; expected one of {string.Join(", ", CtGovNames.ValuesOf<OverallStatus>())}");
            }

            statuses.Add(status);
        }

        return statuses;
    }

    private static List<string> NctIds(string name, string? text)
    {
        var ids = new List<string>();
        foreach (var item in text is null ? [] : ListItems(text))
        {
            if (!NctPattern().IsMatch(item))
            {
                throw new CtGovRequestException($"{name}: \"{item}\" is not an NCT ID (NCT followed by up to 8 digits)");
            }

            ids.Add(NormalizeNct(item));
        }

        return ids;
    }

    /// <summary>"nct123" → "NCT00000123": the pattern allows leading zeros left out, as CT.gov does.</summary>
    private static string NormalizeNct(string id)
        => "NCT" + long.Parse(id.AsSpan(3), NumberStyles.None, CultureInfo.InvariantCulture).ToString("D8", CultureInfo.InvariantCulture);

    private static GeoDistance? Geo(string name, string? text)
    {
        if (text is null)
        {
            return null;
        }

        var match = GeoPattern().Match(text);
        if (!match.Success)
        {
            throw new CtGovRequestException($"{name}: expected distance(latitude,longitude,distance) such as distance(39.0035707,-77.1013313,50mi), not \"{text}\"");
        }

        var latitude = double.Parse(match.Groups["lat"].Value, CultureInfo.InvariantCulture);
        var longitude = double.Parse(match.Groups["lon"].Value, CultureInfo.InvariantCulture);
        var distance = double.Parse(match.Groups["dist"].Value, CultureInfo.InvariantCulture);
        if (latitude is < -90 or > 90 || longitude is < -180 or > 180)
        {
            throw new CtGovRequestException($"{name}: latitude must be within ±90 and longitude within ±180");
        }

        // Without a unit, miles: the unit of CT.gov's own examples and search page.
        var kilometres = match.Groups["unit"].Value == "km" ? distance : distance * 1.609344;
        return new GeoDistance(latitude, longitude, kilometres);
    }

    private static CtGovSort Sort(string? text)
    {
        if (text is null)
        {
            return CtGovSort.Unsorted;
        }

        var items = ListItems(text);
        if (items.Count > 1)
        {
            throw new CtGovRequestException("sort: this registry sorts by one field at a time (studies with equal values come in a stable order)");
        }

        return CtGovSort.Parse(items[0], out var error) ?? throw new CtGovRequestException(error!);
    }

    private static int PageSize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return CtGovStudiesRequest.DefaultPageSize;
        }

        if (!long.TryParse(text.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var size))
        {
            throw new CtGovRequestException($"pageSize: \"{text}\" is not an integer");
        }

        if (size < 0)
        {
            throw new CtGovRequestException("pageSize: must be 0 or more");
        }

        return size == 0 ? CtGovStudiesRequest.DefaultPageSize : (int)Math.Min(size, CtGovStudiesRequest.MaxPageSize);
    }

    private static bool Boolean(string name, string? text) => text switch
    {
        null => false,
        _ when bool.TryParse(text, out var value) => value,
        _ => throw new CtGovRequestException($"{name}: invalid value \"{text}\"; expected true or false"),
    };

    private static string Fields(string text)
    {
        var items = ListItems(text);
        return items.Count == 0 ? throw new CtGovRequestException("fields: must be a non-empty list") : string.Join('|', items);
    }

    [GeneratedRegex(@"^[Nn][Cc][Tt]0*[1-9]\d{0,7}$")]
    private static partial Regex NctPattern();

    [GeneratedRegex(@"^distance\((?<lat>-?\d+(\.\d+)?),(?<lon>-?\d+(\.\d+)?),(?<dist>\d+(\.\d+)?)(?<unit>km|mi)?\)$")]
    private static partial Regex GeoPattern();

    [GeneratedRegex(@"(^|\s)NOT\s+")]
    private static partial Regex NotOperator();
}
