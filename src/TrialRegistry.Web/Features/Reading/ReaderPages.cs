using System.Reflection;
using Microsoft.AspNetCore.Components.Endpoints;

namespace TrialRegistry.Web.Features.Reading;

/// <summary>Which requests ask for a reader's page: a GET or HEAD of a page marked [ReaderPage].</summary>
internal static class ReaderPages
{
    /// <summary>The page component the request's endpoint renders, when it is a reader's (static) page.</summary>
    public static Type? PageOf(HttpContext context)
    {
        if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method))
        {
            return null;
        }

        var page = context.GetEndpoint()?.Metadata.GetMetadata<ComponentTypeMetadata>()?.Type;
        return page?.GetCustomAttribute<ReaderPageAttribute>() is null ? null : page;
    }
}

