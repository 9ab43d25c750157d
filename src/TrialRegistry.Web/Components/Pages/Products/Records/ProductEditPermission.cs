using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Authorization;
using TrialRegistry.Web.Security;

namespace TrialRegistry.Web.Components.Pages.Products.Records;

/// <summary>
/// Whether the signed-in user may add and edit a product's linked records: decides whether the tabs
/// show "Add …" and "Edit" (the editor pages and SaveLinkedRecord check again; hiding is a courtesy).
/// </summary>
public static class ProductEditPermission
{
    public static async Task<bool> CanEditAsync(IAuthorizationService authorization, Task<AuthenticationState>? state, int productId)
    {
        if (state is null)
        {
            return false;
        }

        var user = (await state).User;
        if (user.Identity?.IsAuthenticated != true)
        {
            return false;
        }

        return (await authorization.AuthorizeAsync(user, new ProductResource(productId), RegistryPolicies.EditProductRecords)).Succeeded;
    }
}
