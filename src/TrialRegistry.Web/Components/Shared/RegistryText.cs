using System.Globalization;
using System.Text;
using TrialRegistry.Organizations;
using TrialRegistry.Products;
using TrialRegistry.Trials;

namespace TrialRegistry.Web.Components.Shared;

/// <summary>
/// How registry values read on screen: the labels ClinicalTrials.gov shows for its enum values
/// ("Active, not recruiting", "Phase 1/Phase 2"), not the API spelling the database stores.
/// </summary>
public static class RegistryText
{
    public static string Status(OverallStatus status) => status switch
    {
        OverallStatus.ActiveNotRecruiting => "Active, not recruiting",
        _ => Words(status.ToString()),
    };

    /// <summary>"Unknown (last known: Recruiting)": CT.gov's reading of a status not verified for two years.</summary>
    public static string Status(OverallStatus status, OverallStatus? lastKnown)
        => status == OverallStatus.Unknown && lastKnown is { } known
            ? $"Unknown (last known: {Status(known)})"
            : Status(status);

    public static string Status(RecruitmentStatus status) => status switch
    {
        RecruitmentStatus.ActiveNotRecruiting => "Active, not recruiting",
        _ => Words(status.ToString()),
    };

    public static string Phase(Phase phase) => phase switch
    {
        Trials.Phase.NA => "Not applicable",
        Trials.Phase.EarlyPhase1 => "Early Phase 1",
        _ => Words(phase.ToString()),
    };

    /// <summary>A set of phases the way CT.gov writes it: "Phase 1/Phase 2"; empty when none is given.</summary>
    public static string Phases(IEnumerable<Phase> phases)
        => string.Join('/', phases.Order().Select(Phase));

    public static string Date(RegistryDate? date)
        => date is null ? "—" : date.Type is { } type ? $"{date} ({type})" : date.ToString();

    public static string Enrollment(int? count, EnrollmentType? type)
        => count is null ? "—" : type is { } kind ? $"{count.Value.ToString("N0", CultureInfo.InvariantCulture)} ({kind})" : count.Value.ToString("N0", CultureInfo.InvariantCulture);

    public static string Ages(string? minimum, string? maximum) => (minimum, maximum) switch
    {
        (null, null) => "—",
        (_, null) => $"{minimum} and older",
        (null, _) => $"Up to {maximum}",
        _ => $"{minimum} to {maximum}",
    };

    public static string YesNo(bool? value) => value switch
    {
        true => "Yes",
        false => "No",
        null => "—",
    };

    public static string Class(OrganizationClass organizationClass) => organizationClass switch
    {
        OrganizationClass.Nih => "NIH",
        OrganizationClass.Fed => "Federal",
        OrganizationClass.OtherGov => "Other government",
        OrganizationClass.Indiv => "Individual",
        OrganizationClass.Ambig => "Ambiguous",
        _ => Words(organizationClass.ToString()),
    };

    public static string SecondaryIdType(SecondaryIdType type) => type switch
    {
        Trials.SecondaryIdType.Nih => "NIH grant",
        Trials.SecondaryIdType.Fda => "FDA",
        Trials.SecondaryIdType.Va => "VA",
        Trials.SecondaryIdType.Cdc => "CDC",
        Trials.SecondaryIdType.Ahrq => "AHRQ",
        Trials.SecondaryIdType.Samhsa => "SAMHSA",
        Trials.SecondaryIdType.EudractNumber => "EudraCT number",
        Trials.SecondaryIdType.Ctis => "CTIS",
        Trials.SecondaryIdType.Isrctn => "ISRCTN",
        Trials.SecondaryIdType.WhoUtn => "WHO UTN",
        _ => Words(type.ToString()),
    };

    public static string Type(ProductType type) => Words(type.ToString());

    /// <summary>Enum values that read as plain words once split: "CombinationProduct" → "Combination product".</summary>
    public static string Words<TEnum>(TEnum value)
        where TEnum : struct, Enum
        => Words(value.ToString());

    private static string Words(string pascal)
    {
        var builder = new StringBuilder(pascal.Length + 4);
        for (var i = 0; i < pascal.Length; i++)
        {
            var c = pascal[i];
            var startsWord = i > 0 && ((char.IsUpper(c) && !char.IsUpper(pascal[i - 1])) || (char.IsDigit(c) && !char.IsDigit(pascal[i - 1])));
            if (startsWord)
            {
                builder.Append(' ');
            }

            builder.Append(i == 0 ? c : char.ToLowerInvariant(c));
        }

        return builder.ToString();
    }
}
