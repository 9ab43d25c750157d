namespace TrialRegistry.Web.Components.Shared;

/// <summary>One tab of <see cref="BrowseTabs"/>: its title, its count if it has one, and the address that shows it.</summary>
public sealed record BrowseTab(string Key, string Title, string Href, int? Count = null);
