using System.Globalization;
using System.Text;

namespace TrialRegistry.Web.Components.Shared;

/// <summary>
/// The links of the readers' static pages: a path and its query string, leaving out what is not set,
/// so that the default view of a page keeps its short address (/products/12, not /products/12?page=1).
/// </summary>
public static class BrowseUrl
{
    public static string To(string path, params (string Name, object? Value)[] query)
    {
        var url = new StringBuilder(path);
        var separator = '?';
        foreach (var (name, value) in query)
        {
            var text = Convert.ToString(value, CultureInfo.InvariantCulture);
            if (string.IsNullOrEmpty(text))
            {
                continue;
            }

            url.Append(separator).Append(Uri.EscapeDataString(name)).Append('=').Append(Uri.EscapeDataString(text));
            separator = '&';
        }

        return url.ToString();
    }
}
