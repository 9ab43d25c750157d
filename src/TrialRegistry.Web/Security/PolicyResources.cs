using System.Globalization;
using Microsoft.AspNetCore.Components;

namespace TrialRegistry.Web.Security;

/// <summary>
/// Reads the record a policy is checked against from whatever resource the caller passed: the typed
/// resource (code), the HttpContext (endpoint authorization of a page or endpoint: its route values),
/// or the RouteData that AuthorizeRouteView passes when the page renders in a circuit.
/// </summary>
public static class PolicyResources
{
    public const string RegistryIdRouteValue = "RegistryId";

    public const string ProductIdRouteValue = "ProductId";

    public static string? RegistryId(object? resource) => resource switch
    {
        TrialResource trial => trial.RegistryId,
        _ => RouteValue(resource, RegistryIdRouteValue),
    };

    public static int? ProductId(object? resource) => resource switch
    {
        ProductResource product => product.ProductId,
        _ => int.TryParse(RouteValue(resource, ProductIdRouteValue), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null,
    };

    private static string? RouteValue(object? resource, string name)
    {
        var value = resource switch
        {
            HttpContext http => http.GetRouteValue(name),
            Microsoft.AspNetCore.Components.RouteData route => route.RouteValues.FirstOrDefault(v => string.Equals(v.Key, name, StringComparison.OrdinalIgnoreCase)).Value,
            _ => null,
        };
        return Convert.ToString(value, CultureInfo.InvariantCulture) is { Length: > 0 } text ? text : null;
    }
}
