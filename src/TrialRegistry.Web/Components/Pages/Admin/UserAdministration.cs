namespace TrialRegistry.Web.Components.Pages.Admin;

public sealed class UserAdministration;
