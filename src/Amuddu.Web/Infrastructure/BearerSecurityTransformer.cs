using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Amuddu.Web.Infrastructure;

/// <summary>Tells OpenAPI readers that the API takes the bearer token from POST /api/v1/auth/login.</summary>
internal sealed class BearerSecurityTransformer : IOpenApiDocumentTransformer
{
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info.Title = "Amuddu API";
        document.Info.Description = "Sign in with POST /api/v1/auth/login, then send the header `Authorization: Bearer {accessToken}`. Errors are RFC 7807 problem details (application/problem+json).";
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes["Bearer"] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            Description = "Access token from POST /api/v1/auth/login.",
        };
        return Task.CompletedTask;
    }
}
