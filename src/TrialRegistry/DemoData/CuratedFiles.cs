using System.Text.Json;
using System.Text.Json.Serialization;
using TrialRegistry.Common;
using TrialRegistry.LinkedRecords;
using TrialRegistry.Organizations;
using TrialRegistry.Products;
using TrialRegistry.Trials;

namespace TrialRegistry.DemoData;

// The shapes of the hand-written demo files (organizations.json, products.json, linked-records.json).
// Enum values are written as the database and the API write them ("CELL_THERAPY", "PHASE1"); an
// unknown member, a missing required one or an unknown property fails the load before anything is written.

internal sealed class CuratedOrganization
{
    public required string Name { get; init; }

    public required OrganizationClass Class { get; init; }

    public string? Country { get; init; }

    public List<string> Aliases { get; init; } = [];

    /// <summary>True for organizations invented for the demo (deal partners that do not exist).</summary>
    public bool IsSynthetic { get; init; }
}

internal sealed class CuratedProduct
{
    public required string Name { get; init; }

    public required ProductType Type { get; init; }

    /// <summary>Developing organizations; the first is the one the product is keyed on.</summary>
    public required List<string> Developers { get; init; }

    public List<string> Aliases { get; init; } = [];

    public string? Description { get; init; }

    public required bool IsSynthetic { get; init; }

    /// <summary>Interventions linked by hand where the registered name is too generic to be an alias.</summary>
    public List<InterventionLink> InterventionLinks { get; init; } = [];
}

internal sealed class InterventionLink
{
    public required string Trial { get; init; }

    public required string Intervention { get; init; }
}

internal sealed class CuratedLinkedRecords
{
    public List<ClinicalResultRecord> ClinicalResults { get; init; } = [];

    public List<TranslationalStudyRecord> TranslationalStudies { get; init; } = [];

    public List<PatentRecord> Patents { get; init; } = [];

    public List<DealRecord> Deals { get; init; } = [];
}

/// <summary>What every linked record names: products, organizations and trials, by name or registry id.</summary>
internal abstract class LinkedRecordBase
{
    public required List<string> Products { get; init; }

    public List<string> Trials { get; init; } = [];

    public required bool IsSynthetic { get; init; }
}

internal sealed class ClinicalResultRecord : LinkedRecordBase
{
    public required string Title { get; init; }

    public required ClinicalResultSource Source { get; init; }

    public DateOnly? Date { get; init; }

    public string? Indication { get; init; }

    public List<Phase> Phases { get; init; } = [];

    public string? OutcomeSummary { get; init; }

    public string? Url { get; init; }

    public string? Doi { get; init; }

    public List<string> Organizations { get; init; } = [];
}

internal sealed class TranslationalStudyRecord : LinkedRecordBase
{
    public required string Title { get; init; }

    public string? Venue { get; init; }

    public DateOnly? Date { get; init; }

    public required TranslationalStudyKind Kind { get; init; }

    public string? Summary { get; init; }

    public string? Url { get; init; }

    public string? Doi { get; init; }

    public List<string> Organizations { get; init; } = [];
}

internal sealed class PatentRecord : LinkedRecordBase
{
    public required string PublicationNumber { get; init; }

    public required string Title { get; init; }

    public required string Jurisdiction { get; init; }

    public required PatentLegalStatus LegalStatus { get; init; }

    public required PatentType Type { get; init; }

    public DateOnly? PriorityDate { get; init; }

    public DateOnly? FilingDate { get; init; }

    public DateOnly? PublicationDate { get; init; }

    public string? Abstract { get; init; }

    public string? Url { get; init; }

    public required List<string> Assignees { get; init; }
}

internal sealed class DealRecord : LinkedRecordBase
{
    public required string Title { get; init; }

    public DateOnly? Date { get; init; }

    public required DealType Type { get; init; }

    public required DealStatus Status { get; init; }

    public decimal? Value { get; init; }

    public string? Currency { get; init; }

    public decimal? Upfront { get; init; }

    public decimal? Milestones { get; init; }

    public string? Summary { get; init; }

    public string? Url { get; init; }

    public required List<string> Principals { get; init; }

    public List<string> Partners { get; init; } = [];
}

internal static class CuratedFiles
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(new CtGovNamingPolicy(), allowIntegerValues: false) },
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        RespectNullableAnnotations = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
    };

    public static List<CuratedOrganization> ReadOrganizations() => Read<List<CuratedOrganization>>(DemoFiles.Organizations);

    public static List<CuratedProduct> ReadProducts() => Read<List<CuratedProduct>>(DemoFiles.Products);

    public static CuratedLinkedRecords ReadLinkedRecords() => Read<CuratedLinkedRecords>(DemoFiles.LinkedRecords);

    private static T Read<T>(string file)
    {
        using var stream = DemoFiles.Open(file);
        try
        {
            return JsonSerializer.Deserialize<T>(stream, Options) ?? throw new InvalidDataException($"The demo data file {file} is empty.");
        }
        catch (JsonException exception)
        {
            throw new InvalidDataException($"The demo data file {file} is not valid: {exception.Message}", exception);
        }
    }

    /// <summary>Enum members as CT.gov writes them (CellTherapy ⇄ CELL_THERAPY), the same words the database stores.</summary>
    private sealed class CtGovNamingPolicy : JsonNamingPolicy
    {
        public override string ConvertName(string name) => CtGovNames.ToUpperSnake(name);
    }
}
