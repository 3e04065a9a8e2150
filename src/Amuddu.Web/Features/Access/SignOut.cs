using Amuddu.Web.Features.Audit;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Identity;

namespace Amuddu.Web.Features.Access;

/// <summary>Signing out ends the database session too, so a copied cookie is worth nothing afterwards.</summary>
public static class SignOut
{
    public static IEndpointRouteBuilder MapSignOut(this IEndpointRouteBuilder app)
    {
        app.MapPost(AccessPaths.SignOut, Handle)
            .RequireAuthorization(Policies.SignedIn)
            .WithMetadata(new RequireAntiforgeryTokenAttribute())
            .ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> Handle(HttpContext http, StaffSessions sessions, SignInManager<StaffUser> signIn, AuditLog audit)
    {
        // The antiforgery middleware only records its verdict; form-bound endpoints act on it, and this one
        // binds no form, so without this check another site's page could sign a user out. Such a post changes
        // nothing and lands on the home page, where the user's own sign-out button (with its token) works.
        if (http.Features.Get<IAntiforgeryValidationFeature>() is not { IsValid: true })
        {
            return TypedResults.LocalRedirect(AccessPaths.Home);
        }

        var user = http.User;
        await sessions.EndAsync(user, "sign-out", http.RequestAborted);
        await audit.RecordAsync(AuditActions.SignedOut, user.UserId(), user.OrganisationId(), cancellationToken: http.RequestAborted);
        await signIn.SignOutAsync();
        return TypedResults.LocalRedirect("/");
    }
}
