namespace TrialRegistry.Web.Components.Shared;

/// <summary>An organization as record pages link to it: /organizations/{Id}.</summary>
public sealed record OrganizationLink(int Id, string Name);
