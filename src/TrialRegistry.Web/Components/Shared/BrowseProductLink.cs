namespace TrialRegistry.Web.Components.Shared;

/// <summary>A product as browse pages link to it: /products/{Id}.</summary>
public sealed record BrowseProductLink(int Id, string Name);
