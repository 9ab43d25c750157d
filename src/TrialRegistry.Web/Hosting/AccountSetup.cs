using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using TrialRegistry.Accounts;
using TrialRegistry.Data;
using TrialRegistry.Web.Components.Pages.Account;
using TrialRegistry.Web.Components.Pages.Admin;
using TrialRegistry.Web.Security;

namespace TrialRegistry.Web.Hosting;

/// <summary>
/// ASP.NET Core Identity on the registry database, the sign-in cookie and the authorization
/// policies (docs/decisions/0010-accounts-and-rights.md).
/// </summary>
public static class AccountSetup
{
    public const string CookieName = "TrialRegistry.Auth";

    public static void AddRegistryAccounts(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var accounts = builder.Configuration.GetSection(AccountOptions.Section).Get<AccountOptions>() ?? new AccountOptions();
        services.Configure<FirstAdminOptions>(builder.Configuration.GetSection(FirstAdminOptions.Section));

        services.AddAuthentication(options =>
            {
                options.DefaultScheme = IdentityConstants.ApplicationScheme;
                options.DefaultSignInScheme = IdentityConstants.ExternalScheme;
            })
            .AddIdentityCookies();

        services.AddIdentityCore<RegistryUser>(options =>
            {
                options.User.RequireUniqueEmail = true;
                options.SignIn.RequireConfirmedAccount = false;

                // Length first (12), plus three of four character classes (PasswordClassesValidator)
                // instead of Identity's "all four".
                options.Password.RequiredLength = 12;
                options.Password.RequiredUniqueChars = 4;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;

                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Lockout.AllowedForNewUsers = true;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<RegistryDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders()
            .AddPasswordValidator<PasswordClassesValidator>();

        // Deleted, locked or re-passworded accounts lose their cookie within this interval.
        services.Configure<SecurityStampValidatorOptions>(options => options.ValidationInterval = TimeSpan.FromMinutes(5));

        services.ConfigureApplicationCookie(options =>
        {
            options.Cookie.Name = CookieName;
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.SecurePolicy = accounts.CookieSecurePolicy;
            options.ExpireTimeSpan = TimeSpan.FromHours(8);
            options.SlidingExpiration = true;
            options.LoginPath = AccountPaths.Login;
            options.LogoutPath = AccountPaths.Logout;
            options.AccessDeniedPath = AccountPaths.AccessDenied;
            options.ReturnUrlParameter = AccountPaths.ReturnUrlParameter;
            options.Events.OnRedirectToLogin = context => ChallengeAsync(context, StatusCodes.Status401Unauthorized);
            // A signed-in user without the right gets 403 at the address they asked for; the
            // forbidden-page middleware (PipelineSetup) renders the friendly page into it.
            options.Events.OnRedirectToAccessDenied = context => ChallengeAsync(context, StatusCodes.Status403Forbidden);
        });

        services.AddCascadingAuthenticationState();
        services.AddScoped<AuthenticationStateProvider, RevalidatingAuthenticationStateProvider>();
        services.AddRegistryAuthorization();
        services.AddScoped<SignInAudit>();
        services.AddSingleton<UserAdministration>();
        services.AddScoped<CurrentActor>();
    }

    /// <summary>Pages: 403 in place, or a redirect to the login page. The API answers 401/403 without redirects.</summary>
    private static Task ChallengeAsync(Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> context, int status)
    {
        if (status == StatusCodes.Status403Forbidden || context.Request.Path.StartsWithSegments("/api"))
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        }

        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }
}
