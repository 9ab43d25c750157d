namespace TrialRegistry.Web.Components.Pages.HomeSections;

/// <summary>One bar of <see cref="HomeCountBars"/>: <see cref="Key"/> is the CT.gov value ("RECRUITING"), for test ids.</summary>
public sealed record HomeCountBar(string Key, string Label, int Count, string Href);
