using System.Globalization;
using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;
using Monolith.BuildingBlocks.Application;
using Monolith.BuildingBlocks.Identity;
using Monolith.BuildingBlocks.Web;

namespace Monolith.Host;

/// <summary>
/// What /openapi/v1.json says beyond what each endpoint declares (ADR 0038): the cookie sign-in as a security scheme,
/// required by every operation that needs a signed-in user; the optional <c>Idempotency-Key</c> header on writes that
/// send a command; <c>Retry-After</c> on 429; a binary schema for file downloads. The error answers themselves are
/// declared on the endpoints (<see cref="ApiResponses"/>).
/// </summary>
internal static class OpenApiConventions
{
    public const string CookieScheme = "cookie";

    public static void Configure(OpenApiOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);

        // An anonymous answer type ({ id }, { caseId }, { referralId }) is inlined: by default every one-Guid anonymous type
        // shares one component, "AnonymousTypeOfGuid", whose property name is whichever was generated first.
        options.CreateSchemaReferenceId = type =>
            type.Type.IsDefined(typeof(CompilerGeneratedAttribute), inherit: false) && type.Type.Name.Contains("AnonymousType", StringComparison.Ordinal)
                ? null
                : OpenApiOptions.CreateDefaultSchemaReferenceId(type);

        options.AddDocumentTransformer((document, context, _) =>
        {
            var cookie = context.ApplicationServices.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>()
                .Get(CookieAuthenticationDefaults.AuthenticationScheme).Cookie.Name ?? ".AspNetCore.Cookies";
            document.Info.Title = "Worker-rights linkage platform API";
            document.Info.Description =
                "Every module's API under /api/{module}. Errors are RFC 7807 problem details (application/problem+json); a 400 "
                + "lists each rejected field under `errors` by its JSON path; a 500 carries the `traceId` that the log line has.";
            document.Components ??= new OpenApiComponents();
            document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
            document.Components.SecuritySchemes[CookieScheme] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.ApiKey,
                In = ParameterLocation.Cookie,
                Name = cookie,
                Description =
                    $"Sign in with POST /api/auth/login {{\"userName\", \"password\"}}: 200 sets the `{cookie}` cookie (HttpOnly, "
                    + "SameSite=Strict, Secure when the request came over TLS, also behind a trusted reverse proxy), valid 8 hours, "
                    + "renewed while in use. Send it back on every call; POST /api/auth/logout, disabling the account or changing its "
                    + "password ends every session of the account. A wrong password is 401; more than "
                    + $"`SignIn:PermitsPerMinute` (default {SignInRateLimiting.DefaultPermitsPerMinute}) attempts a minute from one "
                    + "address are 429 with Retry-After. The JSON API takes no antiforgery token: the SameSite=Strict cookie is not "
                    + "sent on cross-site requests, and bodies must be application/json (415 otherwise), which a cross-site form "
                    + "cannot send. Without the cookie an operation that requires it answers 401; with a role outside its policy, 403.",
            };
            return Task.CompletedTask;
        });

        options.AddOperationTransformer((operation, context, _) =>
        {
            var metadata = context.Description.ActionDescriptor.EndpointMetadata;
            if (ApiResponses.RequiresSignIn(metadata))
            {
                operation.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(CookieScheme, context.Document)] = [] }];
            }

            if (ApiResponses.SendsCommand(metadata))
            {
                operation.Parameters ??= [];
                operation.Parameters.Add(new OpenApiParameter
                {
                    Name = IdempotencyKey.Header,
                    In = ParameterLocation.Header,
                    Required = false,
                    Description = $"Optional (ADR 0036): 1–{IdempotencyKey.MaxLength} visible ASCII characters, e.g. a UUID. A repeat "
                        + "with the same key and request returns the first answer (with `Idempotent-Replayed: true`) and writes nothing; "
                        + "the key with a different request is 422; a malformed key 400; a repeat while the first is running 409.",
                    Schema = new OpenApiSchema { Type = JsonSchemaType.String, MinLength = 1, MaxLength = IdempotencyKey.MaxLength },
                });
            }

            foreach (var (status, response) in operation.Responses ?? [])
            {
                if (status == "429" && response is OpenApiResponse limited)
                {
                    limited.Headers ??= new Dictionary<string, IOpenApiHeader>();
                    limited.Headers["Retry-After"] = new OpenApiHeader
                    {
                        Description = "Seconds to wait before trying again.",
                        Schema = new OpenApiSchema { Type = JsonSchemaType.Integer },
                    };
                }
            }

            // A file download (Word, calendar, CSV, Excel, a printable page), declared with its content types and no type:
            // the body is the file.
            foreach (var file in metadata.OfType<IProducesResponseTypeMetadata>().Where(p => (p.Type is null || p.Type == typeof(void)) && p.ContentTypes.Any()))
            {
                if (operation.Responses?.TryGetValue(file.StatusCode.ToString(CultureInfo.InvariantCulture), out var response) == true && response is OpenApiResponse files)
                {
                    files.Content ??= new Dictionary<string, OpenApiMediaType>();
                    foreach (var contentType in file.ContentTypes)
                    {
                        files.Content[contentType] = new OpenApiMediaType { Schema = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary" } };
                    }
                }
            }

            return Task.CompletedTask;
        });
    }
}
