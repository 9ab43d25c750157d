using System.Text.Json.Nodes;
using TrialRegistry.Trials;
using TrialRegistry.Web.Components.Shared;
using TrialRegistry.Web.Features.Seo;

namespace TrialRegistry.Web.Components.Pages.Trials;

/// <summary>What a trial record page tells search engines and link previews: its description and its schema.org MedicalTrial.</summary>
public static class TrialPageMeta
{
    /// <summary>The trial page's own address, as the sitemap lists it.</summary>
    public static string Path(string registryId) => "/trials/" + Uri.EscapeDataString(registryId);

    /// <summary>
    /// The brief summary, as plain text; without one, what the record's header says: status, phase,
    /// study type, conditions and lead sponsor ("Recruiting Phase 2 interventional trial of Lupus, led by ...").
    /// </summary>
    public static string Description(TrialDetailsView trial)
    {
        var summary = MetaText.Plain(trial.BriefSummary);
        if (summary.Length > 0)
        {
            return summary;
        }

        var kind = string.Join(' ', new[] { RegistryText.Status(trial.OverallStatus), RegistryText.Phases(trial.Phases), Lower(RegistryText.Words(trial.StudyType)) }
            .Where(part => part.Length > 0));
        var conditions = trial.Conditions.Count == 0 ? string.Empty : " of " + string.Join(", ", trial.Conditions.Take(3).Select(c => c.Name));
        return $"{kind} trial{conditions}, led by {trial.LeadSponsor.Name}.";
    }

    /// <summary>
    /// schema.org MedicalTrial: name, identifier (the registry id), description, url, phase, status
    /// (where schema.org's MedicalStudyStatus has the value), trial design, sponsor, conditions, countries.
    /// </summary>
    public static JsonObject MedicalTrial(TrialDetailsView trial, string siteRoot)
    {
        var countries = trial.Locations.Select(l => l.Country).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        return JsonLd.Thing("MedicalTrial")
            .With("name", trial.BriefTitle)
            .With("identifier", trial.RegistryId)
            .With("alternateName", JsonLd.ArrayOf(new[] { trial.RegistryId, trial.OfficialTitle, trial.Acronym }
                .OfType<string>().Where(name => name != trial.BriefTitle).Distinct().Select(name => (JsonNode?)name)))
            .With("description", MetaText.Plain(trial.BriefSummary))
            .With("url", siteRoot + Path(trial.RegistryId))
            .With("phase", RegistryText.Phases(trial.Phases))
            .With("status", StudyStatus(trial.OverallStatus))
            .With("trialDesign", JsonLd.ArrayOf(Designs(trial, countries.Count).Select(d => (JsonNode?)("https://schema.org/" + d))))
            .With("sponsor", JsonLd.Node("Organization", trial.LeadSponsor.Name).With("url", $"{siteRoot}/organizations/{trial.LeadSponsor.Id}"))
            .With("healthCondition", JsonLd.ArrayOf(trial.Conditions.Select(c => (JsonNode?)JsonLd.Node("MedicalCondition", c.Name)
                .With("url", $"{siteRoot}/conditions/{c.Id}"))))
            .With("studyLocation", JsonLd.ArrayOf(countries.Select(country => (JsonNode?)JsonLd.Node("Country", country))));
    }

    /// <summary>
    /// schema.org's MedicalStudyStatus members are CT.gov's recruitment statuses under the same names;
    /// the expanded-access ones (Available, ApprovedForMarketing...), Withheld and Unknown have none.
    /// </summary>
    public static string? StudyStatus(OverallStatus status) => status switch
    {
        OverallStatus.ActiveNotRecruiting or OverallStatus.Completed or OverallStatus.EnrollingByInvitation or OverallStatus.NotYetRecruiting
            or OverallStatus.Recruiting or OverallStatus.Suspended or OverallStatus.Terminated or OverallStatus.Withdrawn
            => "https://schema.org/" + status,
        _ => null,
    };

    // schema.org MedicalTrialDesign members the record states outright. Quadruple masking has no member
    // (TripleBlindedTrial would understate it), so it says nothing; neither does a trial without sites.
    private static IEnumerable<string> Designs(TrialDetailsView trial, int countries)
    {
        if (trial.Design.Allocation == DesignAllocation.Randomized)
        {
            yield return "RandomizedTrial";
        }

        switch (trial.Design.Masking)
        {
            case DesignMasking.None:
                yield return "OpenTrial";
                break;
            case DesignMasking.Single:
                yield return "SingleBlindTrial";
                break;
            case DesignMasking.Double:
                yield return "DoubleBlindedTrial";
                break;
            case DesignMasking.Triple:
                yield return "TripleBlindedTrial";
                break;
        }

        if (trial.Locations.Count == 1)
        {
            yield return "SingleCenterTrial";
        }
        else if (trial.Locations.Count > 1)
        {
            yield return "MultiCenterTrial";
        }

        if (countries > 1)
        {
            yield return "InternationalTrial";
        }
    }

    private static string Lower(string words) => words.Length == 0 ? words : char.ToLowerInvariant(words[0]) + words[1..];
}
