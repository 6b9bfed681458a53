using DataPlatform.Infrastructure.Errors;
using Microsoft.IdentityModel.JsonWebTokens;

namespace DataPlatform.Infrastructure.Auth;

/// <summary>The authenticated caller of the current request.</summary>
public sealed class CurrentUser(IHttpContextAccessor accessor)
{
    public Guid Id =>
        Guid.TryParse(accessor.HttpContext?.User.FindFirst(JwtRegisteredClaimNames.Sub)?.Value, out var id)
            ? id
            : throw new UnauthorizedException("Authentication required.");

    /// <summary>Whether the request carries a valid token or API key.</summary>
    public bool IsAuthenticated => accessor.HttpContext?.User.Identity?.IsAuthenticated == true;

    /// <summary>True when the caller authenticated with an API key rather than a token from login or register.</summary>
    public bool ViaApiKey => accessor.HttpContext?.User.Identity?.AuthenticationType == ApiKeyAuthenticationHandler.SchemeName;
}
