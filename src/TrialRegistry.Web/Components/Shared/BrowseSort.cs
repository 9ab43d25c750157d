namespace TrialRegistry.Web.Components.Shared;

/// <summary>
/// A table's order as its URL says it (?sort=title&amp;dir=asc): the column's key and its direction.
/// Links on the column headers change it; there is no circuit to keep it anywhere else.
/// </summary>
public sealed record BrowseSort(string Key, bool Descending)
{
    public const string Ascending = "asc";
    public const string DescendingValue = "desc";

    /// <summary>The URL's ?dir= value.</summary>
    public string Direction => Descending ? DescendingValue : Ascending;

    /// <summary>The order a click on a column's header asks for: that column in its own first direction, or the other way round if it already sorts the table.</summary>
    public BrowseSort Toggled(string key, bool firstDescending)
        => key == Key ? this with { Descending = !Descending } : new BrowseSort(key, firstDescending);

    /// <summary>The order in the URL if it names one of <paramref name="keys"/>, otherwise <paramref name="fallback"/>.</summary>
    public static BrowseSort Parse(string? key, string? direction, IReadOnlyCollection<string> keys, BrowseSort fallback)
    {
        if (key is null || !keys.Contains(key))
        {
            return fallback;
        }

        return new BrowseSort(key, direction is null ? key == fallback.Key && fallback.Descending : direction == DescendingValue);
    }
}
