using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Primitives;
using TrialRegistry.Data;
using TrialRegistry.Search;
using TrialRegistry.Search.Facets;
using TrialRegistry.Web.Components.Pages.Trials.Search;
using TrialRegistry.Web.Components.Shared;

namespace TrialRegistry.Web.Feeds;

/// <summary>
/// Atom and RSS feeds of a trial search: /trials/feed.atom and /trials/feed.rss take the search
/// page's query string (read by <see cref="TrialSearchUrl.Parse"/>, the page's own reader, so a
/// feed link is the page's URL with another path) and list its <see cref="LoadTrialFeed.Size"/>
/// newest updated trials. Each entry's id is a URN of the registry id, so it survives a change of
/// host name; its updated time is when this registry last changed the record.
/// </summary>
public static class TrialFeedEndpoints
{
    public const string AtomPath = "/trials/feed.atom";
    public const string RssPath = "/trials/feed.rss";

    private const string Tag = "Feeds";

    public static IEndpointRouteBuilder MapTrialFeeds(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(AtomPath, (HttpContext http, IDbContextFactory<RegistryDbContext> dbFactory, FacetIndexHost facetIndex, CancellationToken cancellationToken)
                => WriteAsync(http, dbFactory, facetIndex, atom: true, cancellationToken))
            .WithTags(Tag)
            .WithSummary("Atom feed of a trial search")
            .WithDescription("Takes the query string of the search page /trials (q, status, phase, type, condition, intervention, product, sponsor, class, country, results, from, to) and lists its 50 newest updated trials, newest Last Update Posted first.")
            .Produces(StatusCodes.Status200OK, contentType: "application/atom+xml")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        endpoints.MapGet(RssPath, (HttpContext http, IDbContextFactory<RegistryDbContext> dbFactory, FacetIndexHost facetIndex, CancellationToken cancellationToken)
                => WriteAsync(http, dbFactory, facetIndex, atom: false, cancellationToken))
            .WithTags(Tag)
            .WithSummary("RSS 2.0 feed of a trial search")
            .WithDescription("The same entries as the Atom feed, as RSS 2.0.")
            .Produces(StatusCodes.Status200OK, contentType: "application/rss+xml")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        return endpoints;
    }

    private static async Task<IResult> WriteAsync(
        HttpContext http, IDbContextFactory<RegistryDbContext> dbFactory, FacetIndexHost facetIndex, bool atom, CancellationToken cancellationToken)
    {
        // The page reads its parameters case-insensitively ([SupplyParameterFromQuery]); so does the feed.
        var parameters = http.Request.Query.ToDictionary(p => p.Key, p => p.Value, StringComparer.OrdinalIgnoreCase);
        var search = TrialSearchUrl.Parse(parameters).Query;

        IReadOnlyList<TrialFeedEntry> entries;
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            try
            {
                entries = await LoadTrialFeed.RunAsync(db, search, await facetIndex.GetFreshAsync(cancellationToken), cancellationToken);
            }
            catch (InvalidSearchException e)
            {
                return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Bad request", detail: e.Message);
            }
        }

        var feed = Build(http.Request, search, entries, parameters);
        using var buffer = new MemoryStream();
        using (var writer = XmlWriter.Create(buffer, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            // The formatters write synchronously: into memory (fifty entries), never to the response stream.
            SyndicationFeedFormatter formatter = atom ? new Atom10FeedFormatter(feed) : new Rss20FeedFormatter(feed, serializeExtensionsAsAtom: true);
            formatter.WriteTo(writer);
        }

        return Results.Bytes(buffer.ToArray(), atom ? "application/atom+xml; charset=utf-8" : "application/rss+xml; charset=utf-8");
    }

    private static SyndicationFeed Build(HttpRequest request, TrialSearchQuery search, IReadOnlyList<TrialFeedEntry> entries, Dictionary<string, StringValues> parameters)
    {
        var site = UriHelper.BuildAbsolute(request.Scheme, request.Host, request.PathBase);
        var query = QueryString.Create(parameters.Where(p => p.Key is not TrialSearchUrl.AfterKey and not TrialSearchUrl.PreviousKey));
        var searchPage = new Uri(site.TrimEnd('/') + TrialSearchUrl.Path + query.ToUriComponent());
        var title = search.HasText ? $"TrialRegistry: trials matching “{search.Text!.Trim()}”" : "TrialRegistry: trials";
        if (TrialSearchUrl.HasFilters(search))
        {
            title += " (filtered)";
        }

        var feed = new SyndicationFeed(
            title,
            "The newest updated trials of this search, newest Last Update Posted first.",
            searchPage,
            "urn:trialregistry:feed:" + searchPage.PathAndQuery,
            entries.Count == 0 ? DateTimeOffset.UnixEpoch : entries.Max(e => e.ChangedAt))
        {
            Generator = "TrialRegistry",
            Items = entries.Select(e => Entry(site, e)).ToList(),
        };
        feed.Links.Add(SyndicationLink.CreateSelfLink(new Uri(request.GetEncodedUrl())));
        return feed;
    }

    private static SyndicationItem Entry(string site, TrialFeedEntry entry)
    {
        var trial = entry.Trial;
        var link = new Uri($"{site.TrimEnd('/')}/trials/{Uri.EscapeDataString(trial.RegistryId)}");
        var item = new SyndicationItem
        {
            Title = new TextSyndicationContent($"{trial.RegistryId}: {trial.BriefTitle}"),
            Id = "urn:trialregistry:trial:" + trial.RegistryId,
            LastUpdatedTime = entry.ChangedAt,
            PublishDate = entry.AddedAt,
            Summary = new TextSyndicationContent(Summary(trial)),
        };
        item.Links.Add(SyndicationLink.CreateAlternateLink(link));
        item.Authors.Add(new SyndicationPerson { Name = trial.LeadSponsor });
        foreach (var condition in trial.Conditions)
        {
            item.Categories.Add(new SyndicationCategory(condition));
        }

        return item;
    }

    /// <summary>"Recruiting · Phase 1/Phase 2 · Conditions: Lupus · Sponsor: APHP · Last update posted: 2019-05-03".</summary>
    private static string Summary(TrialSearchHit trial)
    {
        var parts = new List<string> { RegistryText.Status(trial.OverallStatus, trial.LastKnownStatus) };
        if (trial.Phases.Count > 0)
        {
            parts.Add(RegistryText.Phases(trial.Phases));
        }

        if (trial.Conditions.Count > 0)
        {
            parts.Add("Conditions: " + string.Join(", ", trial.Conditions));
        }

        parts.Add("Sponsor: " + trial.LeadSponsor);
        if (trial.LastUpdatePostDate is { } posted)
        {
            parts.Add("Last update posted: " + posted);
        }

        return string.Join(" · ", parts);
    }
}
