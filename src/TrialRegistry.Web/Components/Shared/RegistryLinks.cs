using TrialRegistry.Import;
using TrialRegistry.Trials;

namespace TrialRegistry.Web.Components.Shared;

/// <summary>Where a registry identifier can be looked up on the web.</summary>
public static class RegistryLinks
{
    /// <summary>
    /// The page of <paramref name="id"/> in its registry: EudraCT, CTIS, ISRCTN and ClinicalTrials.gov
    /// numbers link to those registries (recognized by type or, when the type is vague, by format);
    /// any other id links to the record's own link, if it is a web address. Null when there is none.
    /// </summary>
    public static string? UrlFor(string id, SecondaryIdType type, string? recordLink = null)
    {
        ArgumentNullException.ThrowIfNull(id);
        var value = id.Trim();
        var registry = type is SecondaryIdType.Other or SecondaryIdType.Registry
            ? SecondaryIdClassifier.RecognizeRegistry(value) ?? type
            : type;
        var escaped = Uri.EscapeDataString(value);
        return registry switch
        {
            SecondaryIdType.EudractNumber => $"https://www.clinicaltrialsregister.eu/ctr-search/search?query={escaped}",
            SecondaryIdType.Ctis => $"https://euclinicaltrials.eu/search-for-clinical-trials/?lang=en&EUCT={escaped}",
            SecondaryIdType.Isrctn => $"https://www.isrctn.com/{escaped}",
            _ when NctId.IsValid(value) => ClinicalTrialsGov(value),
            _ => WebAddress(recordLink),
        };
    }

    /// <summary>The ClinicalTrials.gov page of an NCT number; null for any other registry id.</summary>
    public static string? ClinicalTrialsGov(string registryId)
        => NctId.IsValid(registryId) ? $"https://clinicaltrials.gov/study/{registryId}" : null;

    /// <summary>An http(s) address as given, or null: imported links never become script or file links.</summary>
    public static string? WebAddress(string? link)
        => Uri.TryCreate(link?.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            ? uri.AbsoluteUri
            : null;

    /// <summary>A DOI as a resolvable link.</summary>
    public static string? Doi(string? doi)
        => string.IsNullOrWhiteSpace(doi) ? null : "https://doi.org/" + doi.Trim();
}
