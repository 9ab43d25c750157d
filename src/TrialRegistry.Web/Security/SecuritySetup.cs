using Microsoft.AspNetCore.Authorization;

namespace TrialRegistry.Web.Security;

public static class SecuritySetup
{
    /// <summary>The four policies of <see cref="RegistryPolicies"/>, each one authenticated user plus one database-checked requirement.</summary>
    public static IServiceCollection AddRegistryAuthorization(this IServiceCollection services)
    {
        services.AddSingleton<IAuthorizationHandler, RightsHandler>();
        services.AddAuthorizationBuilder()
            .AddPolicy(RegistryPolicies.Admin, policy => policy.RequireAuthenticatedUser().AddRequirements(new AdminRequirement()))
            .AddPolicy(RegistryPolicies.CreateTrial, policy => policy.RequireAuthenticatedUser().AddRequirements(new CreateTrialRequirement()))
            .AddPolicy(RegistryPolicies.EditTrial, policy => policy.RequireAuthenticatedUser().AddRequirements(new EditTrialRequirement()))
            .AddPolicy(RegistryPolicies.EditProductRecords, policy => policy.RequireAuthenticatedUser().AddRequirements(new EditProductRecordsRequirement()));
        return services;
    }
}
