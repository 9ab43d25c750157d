namespace TrialRegistry.Web.Components.Pages;

/// <summary>What the not-found page says, worked out from the address that was not found.</summary>
public sealed record MissingRecord(string Title, string Message, string BackHref, string BackText)
{
    public static MissingRecord For(string relativeUri)
    {
        var path = relativeUri.Split('?', '#')[0];
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        // /trials/{id}, and the pages of a trial (/trials/{id}/history, /trials/{id}/edit): the
        // trial is what is missing.
        if (segments.Length >= 2 && (segments.Length == 2 || IsPageUnderRecord(segments)))
        {
            var id = Uri.UnescapeDataString(segments[1]);
            switch (segments[0].ToLowerInvariant())
            {
                case "trials":
                    return new("Trial not found", $"No trial with registry id “{id}” is registered here.", "/trials", "All trials");
                case "products":
                    return new("Product not found", $"No product with id “{id}” is registered here.", "/products", "All products");
                case "organizations":
                    return new("Organization not found", $"No organization with id “{id}” is registered here.", "/organizations", "All organizations");
                case "conditions":
                    return new("Condition not found", $"No condition with id “{id}” is registered here.", "/conditions", "All conditions");
            }
        }

        return new("Page not found", "There is nothing at this address. It may have moved, or the link may be mistyped.", "/", "Home");
    }

    private static bool IsPageUnderRecord(string[] segments)
        => segments.Length == 3
            && segments[0].Equals("trials", StringComparison.OrdinalIgnoreCase)
            && (segments[2].Equals("history", StringComparison.OrdinalIgnoreCase) || segments[2].Equals("edit", StringComparison.OrdinalIgnoreCase));
}
